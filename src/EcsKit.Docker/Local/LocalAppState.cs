namespace EcsKit.Docker;

/// <summary>What runs of an application on the engine, and whether it is what the application declares.</summary>
/// <param name="OwnerProcess">The EcsKit process that runs it (a background agent or a foreground <c>up</c>), or null.</param>
/// <param name="UpToDate">
/// True when that process runs exactly the declared services: each with its desired count of running tasks of its
/// declared task definition, and no others.
/// </param>
/// <param name="Tasks">The tasks on the engine.</param>
public sealed record LocalAppState(int? OwnerProcess, bool UpToDate, IReadOnlyList<LocalTask> Tasks);
