namespace EcsKit.Docker;

/// <summary>
/// A task on the local Docker target, shaped like the <c>Task</c> of ECS's DescribeTasks: the same status names,
/// stop codes and reasons, so that what a test or a person reads locally is what ECS would say.
/// </summary>
public sealed record LocalTask
{
    /// <summary>An ARN in ECS's form with the region <c>local</c>: <c>arn:aws:ecs:local:000000000000:task/CLUSTER/ID</c>.</summary>
    public required string TaskArn { get; init; }

    /// <summary>The 32-character task id, the last part of <see cref="TaskArn"/>.</summary>
    public required string TaskId { get; init; }

    /// <summary>The application (<see cref="EcsApp.Name"/>) the task belongs to.</summary>
    public required string App { get; init; }

    /// <summary>The cluster name: the service's cluster, or <c>default</c> for a one-off task.</summary>
    public required string Cluster { get; init; }

    /// <summary>The task definition family.</summary>
    public required string Family { get; init; }

    /// <summary>The task definition revision, counted locally per application and family (1 for the first definition seen).</summary>
    public required int Revision { get; init; }

    /// <summary>A hash of the task definition the task runs, telling whether two tasks run the same definition.</summary>
    public string? DefinitionHash { get; init; }

    /// <summary>The service that started the task, or null for a one-off task.</summary>
    public string? ServiceName { get; init; }

    /// <summary><c>service:NAME</c> or <c>family:FAMILY</c>, as ECS sets it.</summary>
    public string Group => ServiceName is null ? $"family:{Family}" : $"service:{ServiceName}";

    /// <summary><c>FARGATE</c> or <c>EC2</c>, from the task definition's compatibilities.</summary>
    public required string LaunchType { get; init; }

    /// <summary>The network mode the task runs in (<c>awsvpc</c>, <c>bridge</c>, <c>host</c> or <c>none</c>).</summary>
    public required string NetworkMode { get; init; }

    /// <summary>Task-level CPU units and memory MiB as the task definition gives them.</summary>
    public string? Cpu { get; init; }

    /// <inheritdoc cref="Cpu"/>
    public string? Memory { get; init; }

    /// <summary>PROVISIONING, PENDING, RUNNING, DEACTIVATING, STOPPING, DEPROVISIONING or STOPPED.</summary>
    public required string LastStatus { get; init; }

    /// <summary>RUNNING or STOPPED.</summary>
    public required string DesiredStatus { get; init; }

    /// <summary>HEALTHY, UNHEALTHY or UNKNOWN, over the essential containers that have a health check.</summary>
    public string HealthStatus { get; init; } = LocalStatus.Unknown;

    /// <summary>Why the task stopped: TaskFailedToStart, EssentialContainerExited, UserInitiated or ServiceSchedulerInitiated.</summary>
    public string? StopCode { get; init; }

    /// <summary>The reason in ECS's words, such as "Essential container in task exited".</summary>
    public string? StoppedReason { get; init; }

    /// <summary>When the task was accepted.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the images were being made available.</summary>
    public DateTimeOffset? PullStartedAt { get; init; }

    /// <inheritdoc cref="PullStartedAt"/>
    public DateTimeOffset? PullStoppedAt { get; init; }

    /// <summary>When every container had started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the task began to stop.</summary>
    public DateTimeOffset? StoppingAt { get; init; }

    /// <summary>When the essential container stopped (ECS's executionStoppedAt).</summary>
    public DateTimeOffset? ExecutionStoppedAt { get; init; }

    /// <summary>When the last container had stopped and the task's resources were released.</summary>
    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>The task's containers in task definition order; the awsvpc pause container is not among them, as on ECS.</summary>
    public required IReadOnlyList<LocalContainer> Containers { get; init; }

    /// <summary>The task's tags.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>The container of that name.</summary>
    /// <exception cref="KeyNotFoundException">The task has no container of that name.</exception>
    public LocalContainer Container(string name) =>
        Containers.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException($"Task {TaskId} ({Family}) has no container '{name}'; it has {string.Join(", ", Containers.Select(c => $"'{c.Name}'"))}.");
}
