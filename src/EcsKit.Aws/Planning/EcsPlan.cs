namespace EcsKit.Aws;

/// <summary>What a deploy would do: per cluster, task definition and service, create, update or nothing, with the field changes.</summary>
/// <param name="App">The application's name.</param>
/// <param name="Changes">Clusters first, then task definitions, then services, each in declaration order.</param>
public sealed record EcsPlan(string App, IReadOnlyList<EcsPlannedChange> Changes)
{
    /// <summary>Whether a deploy would change anything.</summary>
    public bool HasChanges => Changes.Any(c => c.Action != EcsChangeAction.Unchanged);
}

/// <summary>One resource of a plan.</summary>
/// <param name="Kind">Cluster, task definition or service.</param>
/// <param name="Name">Cluster name, task definition family, or <c>cluster/service</c>.</param>
/// <param name="Action">Create, update (for a task definition: register a new revision) or unchanged.</param>
/// <param name="Fields">What differs, field by field (empty for create and unchanged).</param>
/// <param name="Desired">The declared resource: a <see cref="Cluster"/>, <see cref="TaskDefinition"/> or <see cref="Service"/>.</param>
/// <param name="ActualArn">The ARN of what exists (for a task definition: the latest ACTIVE revision), or null.</param>
public sealed record EcsPlannedChange(EcsResourceKind Kind, string Name, EcsChangeAction Action, IReadOnlyList<EcsFieldChange> Fields, object Desired, string? ActualArn);

/// <summary>A field that differs: its JSON path in the ECS shape and the values before and after (secrets masked).</summary>
/// <param name="Path">Such as <c>containerDefinitions['web'].image</c>.</param>
/// <param name="Before">The value ECS has, as compact JSON, or null when absent.</param>
/// <param name="After">The declared value, as compact JSON, or null when absent.</param>
public sealed record EcsFieldChange(string Path, string? Before, string? After)
{
    /// <summary>
    /// The value is secret (an environment variable named like a password, a log driver option): <see cref="Before"/>
    /// and <see cref="After"/> show <c>"***"</c> in its place, and only say whether it is set.
    /// </summary>
    public bool Sensitive { get; init; }

    /// <summary>ECS cannot change this member of an existing resource (a service's launchType): it takes a new resource.</summary>
    public bool RequiresReplacement { get; init; }
}

/// <summary>The kinds of resource a plan holds.</summary>
public enum EcsResourceKind
{
    /// <summary>A cluster.</summary>
    Cluster,

    /// <summary>A task definition family.</summary>
    TaskDefinition,

    /// <summary>A service.</summary>
    Service,
}

/// <summary>What a deploy does to a resource.</summary>
public enum EcsChangeAction
{
    /// <summary>Nothing: ECS has it as declared.</summary>
    Unchanged,

    /// <summary>It does not exist: create it (register the first revision, create the service).</summary>
    Create,

    /// <summary>It differs: register a new revision, or update the service.</summary>
    Update,
}
