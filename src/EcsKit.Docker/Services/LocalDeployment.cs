namespace EcsKit.Docker;

/// <summary>One deployment of a local service: a task definition revision rolled out to the desired count.</summary>
public sealed record LocalDeployment
{
    /// <summary>Rollout states, as ECS names them.</summary>
    public const string InProgress = "IN_PROGRESS", Completed = "COMPLETED", Failed = "FAILED";

    /// <summary>An id in ECS's form (<c>ecs-svc/...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>PRIMARY for the newest deployment, ACTIVE for older ones still draining.</summary>
    public required string Status { get; init; }

    /// <summary><c>family:revision</c>.</summary>
    public required string TaskDefinition { get; init; }

    /// <summary>IN_PROGRESS, COMPLETED or FAILED.</summary>
    public required string RolloutState { get; init; }

    /// <summary>Why the rollout is in its state, such as the circuit breaker's verdict.</summary>
    public string? RolloutStateReason { get; init; }

    /// <summary>The deployment's tasks running, starting, and stopped before they were ready.</summary>
    public required int RunningCount { get; init; }

    /// <inheritdoc cref="RunningCount"/>
    public required int PendingCount { get; init; }

    /// <inheritdoc cref="RunningCount"/>
    public required int FailedTasks { get; init; }
}
