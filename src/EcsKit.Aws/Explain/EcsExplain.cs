namespace EcsKit.Aws;

/// <summary>Gathers what ECS reports about a service and explains its failures.</summary>
public static class EcsExplain
{
    /// <summary>How many of the most recently stopped tasks are explained.</summary>
    public const int MaxStoppedTasks = 10;

    // DescribeTasks takes at most 100 tasks a call.
    private const int DescribeBatch = 100;

    /// <summary>
    /// Describes <paramref name="service"/> and its stopped tasks (ECS keeps them for about an hour), and explains the
    /// service's failed deployments and events and its <see cref="MaxStoppedTasks"/> most recently stopped tasks.
    /// </summary>
    /// <param name="api">The ECS API; only describe and list operations are called.</param>
    /// <param name="cluster">The cluster's name or ARN.</param>
    /// <param name="service">The service's name or ARN.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <exception cref="InvalidOperationException">ECS does not know the service in that cluster.</exception>
    /// <exception cref="EcsApiException">ECS refused a call (ClusterNotFoundException ...).</exception>
    public static async Task<IReadOnlyList<EcsExplanation>> GatherAsync(IEcsApi api, string cluster, string service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        ArgumentException.ThrowIfNullOrEmpty(service);
        var name = service[(service.LastIndexOf('/') + 1)..];
        var described = await api.DescribeServicesAsync(cluster, [service], cancellationToken).ConfigureAwait(false);
        var info = described.Where(s => s.ServiceName == name).OrderBy(s => s.Status == "ACTIVE" ? 0 : 1).FirstOrDefault()
            ?? throw new InvalidOperationException($"ECS has no service '{name}' in cluster '{cluster}'.");
        var arns = await api.ListTasksAsync(cluster, name, "STOPPED", cancellationToken).ConfigureAwait(false);
        var tasks = new List<EcsTaskInfo>(arns.Count);
        foreach (var batch in arns.Chunk(DescribeBatch))
        {
            tasks.AddRange(await api.DescribeTasksAsync(cluster, batch, cancellationToken).ConfigureAwait(false));
        }
        var recent = tasks.OrderByDescending(t => t.StoppedAt ?? DateTimeOffset.MinValue).Take(MaxStoppedTasks).ToList();
        return EcsFailureExplainer.Explain(info, recent);
    }
}
