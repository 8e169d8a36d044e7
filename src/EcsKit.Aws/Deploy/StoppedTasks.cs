namespace EcsKit.Aws;

/// <summary>Collects the recently stopped tasks of a service, the evidence for explaining why it did not become stable.</summary>
internal static class StoppedTasks
{
    private const int DescribeTasksLimit = 100;

    /// <summary>
    /// The service's STOPPED tasks, newest first, at most <paramref name="max"/>: those of
    /// <paramref name="taskDefinitionArn"/> when there are any (older revisions' tasks stopped by the rollout say
    /// nothing about the failure), else all.
    /// </summary>
    public static async Task<IReadOnlyList<EcsTaskInfo>> CollectAsync(
        IEcsApi api, string cluster, string service, string? taskDefinitionArn, int max, CancellationToken cancellationToken)
    {
        if (max <= 0)
        {
            return [];
        }
        try
        {
            var arns = await api.ListTasksAsync(cluster, service, "STOPPED", cancellationToken).ConfigureAwait(false);
            var tasks = new List<EcsTaskInfo>();
            foreach (var chunk in arns.Chunk(DescribeTasksLimit))
            {
                tasks.AddRange(await api.DescribeTasksAsync(cluster, chunk, cancellationToken).ConfigureAwait(false));
            }
            var ofDeployment = tasks.Where(t => t.TaskDefinitionArn == taskDefinitionArn).ToList();
            return (ofDeployment.Count > 0 ? ofDeployment : tasks)
                .OrderByDescending(t => t.StoppedAt ?? DateTimeOffset.MinValue)
                .Take(max)
                .ToList();
        }
        catch (EcsApiException)
        {
            // The evidence is a help, not the result: the failure is reported without it.
            return [];
        }
    }
}
