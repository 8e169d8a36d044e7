namespace EcsKit.Aws;

/// <summary>Plans one task definition family against its latest ACTIVE revision.</summary>
internal static class TaskDefinitionPlanning
{
    public static async Task<(EcsPlannedChange Change, EcsTaskDefinitionInfo? Latest)> PlanAsync(TaskDefinition declared, IEcsApi api, CancellationToken cancellationToken)
    {
        var latest = await api.DescribeTaskDefinitionAsync(declared.Family, cancellationToken).ConfigureAwait(false);
        if (latest is null || latest.Status != "ACTIVE")
        {
            return (new EcsPlannedChange(EcsResourceKind.TaskDefinition, declared.Family, EcsChangeAction.Create, [], declared, null), null);
        }
        var fields = ResourceComparison.Compare(declared, latest.Definition);
        var action = fields.Count == 0 ? EcsChangeAction.Unchanged : EcsChangeAction.Update;
        return (new EcsPlannedChange(EcsResourceKind.TaskDefinition, declared.Family, action, fields, declared, latest.TaskDefinitionArn), latest);
    }
}
