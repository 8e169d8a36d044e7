namespace EcsKit.Aws;

/// <summary>What <see cref="EcsInstancePruner"/> found and did.</summary>
/// <param name="Cluster">The cluster.</param>
/// <param name="DryRun">Whether it only listed what it would deregister.</param>
/// <param name="Disconnected">Container instances whose agent is disconnected: the ones to deregister.</param>
/// <param name="Deregistered">ARNs of the instances deregistered (none on a dry run).</param>
public sealed record EcsPruneResult(string Cluster, bool DryRun, IReadOnlyList<EcsContainerInstanceInfo> Disconnected, IReadOnlyList<string> Deregistered)
{
    /// <summary>Instances ECS refused to deregister, with its error.</summary>
    public IReadOnlyList<EcsApiException> Errors { get; init; } = [];
}
