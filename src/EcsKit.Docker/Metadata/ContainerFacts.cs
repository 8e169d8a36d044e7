namespace EcsKit.Docker.Metadata;

/// <summary>
/// What Docker knows about a task container that the task state does not, read by an inspect when a request comes
/// in: the metadata then shows the container as it is, not as it was when the runner last looked.
/// </summary>
internal sealed record ContainerFacts
{
    /// <summary>The image id (<c>sha256:...</c>) the container runs.</summary>
    public string? ImageId { get; init; }

    /// <summary>The Docker container name without the leading slash.</summary>
    public string? DockerName { get; init; }

    /// <summary>
    /// The attachments of the container's network namespace (its own, or the pause container's when it joined one)
    /// that have an IPv4 address; null when that namespace could not be inspected.
    /// </summary>
    public IReadOnlyList<NetworkAttachment>? Networks { get; init; }

    /// <summary>The container's mounts.</summary>
    public IReadOnlyList<MountedVolume> Volumes { get; init; } = [];

    /// <summary>The latest health check run, when the container has a health check and it ran.</summary>
    public HealthProbe? LastHealthProbe { get; init; }
}
