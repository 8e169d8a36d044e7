namespace EcsKit.Aws;

/// <summary>
/// Which revision a service should run: a pinned revision as named; a family of the application at its latest
/// revision, or at the one a deploy registers when the plan changes the family; another family at its latest ACTIVE revision.
/// </summary>
internal sealed class TaskDefinitionTargets(IEcsApi api, IReadOnlyDictionary<string, (EcsChangeAction Action, EcsTaskDefinitionInfo? Latest)> planned)
{
    /// <summary>How a plan shows the revision a deploy registers, whose number ECS gives only then.</summary>
    public const string NewRevision = "(new revision)";

    private readonly Dictionary<string, EcsTaskDefinitionInfo?> _others = new(StringComparer.Ordinal);

    /// <summary><c>family:revision</c>, <c>family:(new revision)</c>, or the family alone when ECS has no revision of it.</summary>
    public async Task<string> TargetAsync(string reference, CancellationToken cancellationToken)
    {
        var parsed = TaskDefinitionReference.Parse(reference);
        if (parsed.Revision is not null)
        {
            return parsed.ToString();
        }
        if (planned.TryGetValue(parsed.Family, out var plan))
        {
            return plan.Action != EcsChangeAction.Unchanged || plan.Latest is null
                ? $"{parsed.Family}:{NewRevision}"
                : TaskDefinitionReference.Parse(plan.Latest.TaskDefinitionArn).ToString();
        }
        if (!_others.TryGetValue(parsed.Family, out var latest))
        {
            latest = await api.DescribeTaskDefinitionAsync(parsed.Family, cancellationToken).ConfigureAwait(false);
            _others[parsed.Family] = latest;
        }
        return latest is null ? parsed.Family : TaskDefinitionReference.Parse(latest.TaskDefinitionArn).ToString();
    }
}
