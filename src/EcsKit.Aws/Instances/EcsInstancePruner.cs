namespace EcsKit.Aws;

/// <summary>
/// Deregisters the container instances of a cluster whose ECS agent is disconnected: what an EC2 instance
/// terminated without deregistering leaves behind, counted by ECS as capacity it cannot use.
/// </summary>
public static class EcsInstancePruner
{
    private const int DescribeLimit = 100;

    /// <summary>Lists the disconnected instances of <paramref name="cluster"/> and, unless <paramref name="dryRun"/>, deregisters them.</summary>
    /// <param name="api">The ECS API.</param>
    /// <param name="cluster">The cluster.</param>
    /// <param name="dryRun">Only list (the default).</param>
    /// <param name="cancellationToken">Stops the pruning.</param>
    /// <remarks>
    /// Deregistering is forced: a disconnected agent cannot stop the tasks ECS still counts on the instance, and
    /// without force ECS refuses instances with tasks. An agent is also briefly disconnected while it updates, so
    /// look at the dry run first.
    /// </remarks>
    public static async Task<EcsPruneResult> PruneAsync(IEcsApi api, string cluster, bool dryRun = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        var arns = await api.ListContainerInstancesAsync(cluster, cancellationToken: cancellationToken).ConfigureAwait(false);
        var instances = new List<EcsContainerInstanceInfo>();
        foreach (var chunk in arns.Chunk(DescribeLimit))
        {
            instances.AddRange(await api.DescribeContainerInstancesAsync(cluster, chunk, cancellationToken).ConfigureAwait(false));
        }
        var disconnected = instances.Where(i => !i.AgentConnected && i.Status != "INACTIVE").ToList();
        if (dryRun)
        {
            return new EcsPruneResult(cluster, true, disconnected, []);
        }
        var deregistered = new List<string>();
        var errors = new List<EcsApiException>();
        foreach (var instance in disconnected)
        {
            try
            {
                await api.DeregisterContainerInstanceAsync(cluster, instance.ContainerInstanceArn, force: true, cancellationToken).ConfigureAwait(false);
                deregistered.Add(instance.ContainerInstanceArn);
            }
            catch (EcsApiException e)
            {
                errors.Add(e);
            }
        }
        return new EcsPruneResult(cluster, false, disconnected, deregistered) { Errors = errors };
    }
}
