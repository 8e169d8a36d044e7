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
        // The ecskit:app tag a deploy adds to what it registers is EcsKit's bookkeeping (destroy finds its revisions by
        // it), not part of the declaration: a revision with it, or one registered by other tools without it, compares alike.
        var stored = latest.Definition with { Tags = latest.Definition.Tags?.Where(t => t.Key != EcsAppTag.Key).ToList() };
        var fields = ResourceComparison.Compare(declared, stored);
        var action = fields.Count == 0 ? EcsChangeAction.Unchanged : EcsChangeAction.Update;
        return (new EcsPlannedChange(EcsResourceKind.TaskDefinition, declared.Family, action, fields, declared, latest.TaskDefinitionArn), latest);
    }
}
