namespace EcsKit.Docker.Tasks;

/// <summary>The runner's own, mutable view of one container of its task; only the runner's loop touches it.</summary>
internal sealed class ContainerRun(ContainerDefinition definition, string dockerName)
{
    public ContainerDefinition Definition { get; } = definition;

    public string Name => Definition.Name ?? "";

    public bool Essential => Definition.Essential ?? true;

    public string DockerName { get; } = dockerName;

    /// <summary>The metadata endpoint token this container's requests carry.</summary>
    public string Token { get; } = Guid.NewGuid().ToString("N");

    public string? Id { get; set; }

    public string? ImageId { get; set; }

    public string Status { get; set; } = LocalStatus.Pending;

    public int? ExitCode { get; set; }

    public string? Reason { get; set; }

    public string Health { get; set; } = LocalStatus.Unknown;

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int RestartCount { get; set; }

    public bool OutOfMemory { get; set; }

    public bool Started => StartedAt is not null;

    public IReadOnlyList<LocalNetworkBinding> Bindings { get; set; } = [];

    public IDisposable? Watch { get; set; }

    public LocalContainer Snapshot() => new()
    {
        Name = Name,
        Image = Definition.Image ?? "",
        Essential = Essential,
        RuntimeId = Id,
        DockerName = Id is null ? null : DockerName,
        ImageId = ImageId,
        LastStatus = Status,
        ExitCode = ExitCode,
        Reason = Reason,
        HealthStatus = Health,
        NetworkBindings = Bindings,
        Cpu = Definition.Cpu,
        Memory = Definition.Memory,
        MemoryReservation = Definition.MemoryReservation,
        CreatedAt = CreatedAt,
        StartedAt = StartedAt,
        FinishedAt = FinishedAt,
        RestartCount = RestartCount,
    };
}
