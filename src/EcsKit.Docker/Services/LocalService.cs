namespace EcsKit.Docker;

/// <summary>A service on the local Docker target, shaped like the parts of ECS's DescribeServices people read.</summary>
public sealed record LocalService
{
    /// <summary>The service name.</summary>
    public required string ServiceName { get; init; }

    /// <summary>The cluster it belongs to.</summary>
    public required string Cluster { get; init; }

    /// <summary>ACTIVE while it runs, DRAINING while it stops, INACTIVE after.</summary>
    public required string Status { get; init; }

    /// <summary>How many tasks it keeps running.</summary>
    public required int DesiredCount { get; init; }

    /// <summary>Tasks RUNNING, and tasks on their way there.</summary>
    public required int RunningCount { get; init; }

    /// <inheritdoc cref="RunningCount"/>
    public required int PendingCount { get; init; }

    /// <summary>The deployments, newest (PRIMARY) first.</summary>
    public required IReadOnlyList<LocalDeployment> Deployments { get; init; }

    /// <summary>The service's tasks that are not yet STOPPED.</summary>
    public required IReadOnlyList<LocalTask> Tasks { get; init; }

    /// <summary>What the scheduler did, newest first, in ECS's service event style ("(service web) has started 1 tasks: ...").</summary>
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>Whether the service is stable: one deployment, COMPLETED, running count equal to the desired count (ECS's ServicesStable rule).</summary>
    public bool Stable => Deployments.Count == 1 && Deployments[0].RolloutState == LocalDeployment.Completed && RunningCount == DesiredCount;
}
