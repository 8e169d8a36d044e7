namespace EcsKit.Aws;

/// <summary>Plans one cluster: create it when ECS does not have it (or only as INACTIVE), else compare.</summary>
internal static class ClusterPlanning
{
    public static async Task<EcsPlannedChange> PlanAsync(Cluster declared, IEcsApi api, CancellationToken cancellationToken)
    {
        var name = declared.ClusterName ?? "default";
        var described = await api.DescribeClusterAsync(name, cancellationToken).ConfigureAwait(false);
        if (described is null || described.Status == "INACTIVE")
        {
            return new EcsPlannedChange(EcsResourceKind.Cluster, name, EcsChangeAction.Create, [], declared, null);
        }
        var fields = ResourceComparison.Compare(declared, described.Definition);
        return new EcsPlannedChange(EcsResourceKind.Cluster, name, fields.Count == 0 ? EcsChangeAction.Unchanged : EcsChangeAction.Update, fields, declared, described.ClusterArn);
    }
}
