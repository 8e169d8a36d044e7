namespace EcsKit.Docker;

/// <summary>A container of a <see cref="LocalTask"/>, shaped like the <c>Container</c> of ECS's DescribeTasks.</summary>
public sealed record LocalContainer
{
    /// <summary>The container's name in the task definition.</summary>
    public required string Name { get; init; }

    /// <summary>The image as the task definition names it.</summary>
    public required string Image { get; init; }

    /// <summary>Whether the task stops when this container stops.</summary>
    public required bool Essential { get; init; }

    /// <summary>The Docker container id (ECS's runtimeId), once created.</summary>
    public string? RuntimeId { get; init; }

    /// <summary>The Docker container name, once created.</summary>
    public string? DockerName { get; init; }

    /// <summary>The image id the container was created from.</summary>
    public string? ImageId { get; init; }

    /// <summary>PENDING, RUNNING or STOPPED, as ECS reports containers.</summary>
    public required string LastStatus { get; init; }

    /// <summary>The exit code once the container stopped.</summary>
    public int? ExitCode { get; init; }

    /// <summary>Why the container stopped or could not start, in ECS's words (such as an OutOfMemoryError or CannotPullContainerError).</summary>
    public string? Reason { get; init; }

    /// <summary>HEALTHY, UNHEALTHY or UNKNOWN (UNKNOWN also when the container has no health check).</summary>
    public string HealthStatus { get; init; } = LocalStatus.Unknown;

    /// <summary>The ports published on the host, with the host port Docker chose for dynamic ones.</summary>
    public IReadOnlyList<LocalNetworkBinding> NetworkBindings { get; init; } = [];

    /// <summary>CPU units, hard and soft memory limits in MiB, from the container definition.</summary>
    public int? Cpu { get; init; }

    /// <inheritdoc cref="Cpu"/>
    public int? Memory { get; init; }

    /// <inheritdoc cref="Cpu"/>
    public int? MemoryReservation { get; init; }

    /// <summary>When the container was created, started and finished.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <inheritdoc cref="CreatedAt"/>
    public DateTimeOffset? StartedAt { get; init; }

    /// <inheritdoc cref="CreatedAt"/>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>How often the restart policy restarted the container in place.</summary>
    public int RestartCount { get; init; }
}
