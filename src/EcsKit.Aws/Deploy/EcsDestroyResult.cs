namespace EcsKit.Aws;

/// <summary>What a destroy removed, found gone, kept or could not remove.</summary>
/// <param name="App">The application's name.</param>
/// <param name="Resources">Services first, then task definitions, then clusters.</param>
public sealed record EcsDestroyResult(string App, IReadOnlyList<EcsDestroyedResource> Resources)
{
    /// <summary>Whether nothing failed (resources already gone or deliberately kept are not failures).</summary>
    public bool Succeeded => Resources.All(r => r.Outcome != EcsDestroyOutcome.Failed);

    /// <summary>How long the destroy took.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>One resource of a destroy.</summary>
/// <param name="Kind">Cluster, task definition or service.</param>
/// <param name="Name">Cluster name, <c>family:revision</c> (or the family when no revision was touched), or <c>cluster/service</c>.</param>
/// <param name="Outcome">Deleted, already gone, kept or failed.</param>
/// <param name="Detail">Why, in a few words: the ECS error or state, what keeps a cluster, what failed.</param>
public sealed record EcsDestroyedResource(EcsResourceKind Kind, string Name, EcsDestroyOutcome Outcome, string? Detail = null);

/// <summary>What happened to a resource in a destroy.</summary>
public enum EcsDestroyOutcome
{
    /// <summary>Deleted (a service scaled to 0 and deleted, a revision deregistered, a cluster deleted).</summary>
    Deleted,

    /// <summary>Nothing to do: ECS no longer has it (missing, INACTIVE, or already being deleted).</summary>
    AlreadyGone,

    /// <summary>Left on purpose: a cluster with services or container instances that are not the application's, revisions EcsKit did not register.</summary>
    Kept,

    /// <summary>ECS refused to delete it, or it did not drain in time.</summary>
    Failed,
}
