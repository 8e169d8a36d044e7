namespace EcsKit.Docker.Metadata;

/// <summary>A mount of a container, as the metadata's <c>Volumes</c> list it.</summary>
/// <param name="Name">The Docker volume name (absent for bind mounts).</param>
/// <param name="Source">The path on the host.</param>
/// <param name="Destination">The path in the container.</param>
internal sealed record MountedVolume(string? Name, string? Source, string Destination);
