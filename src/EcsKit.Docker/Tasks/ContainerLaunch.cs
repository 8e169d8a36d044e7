using Docker.DotNet.Models;

namespace EcsKit.Docker.Tasks;

/// <summary>Everything decided about one container before it is created: the task's choices about names, network, ports, volumes and environment.</summary>
internal sealed record ContainerLaunch
{
    public required TaskDefinition Task { get; init; }

    public required ContainerDefinition Container { get; init; }

    public required string DockerName { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    /// <summary>NAME=VALUE pairs EcsKit adds (metadata endpoint, region, execution environment) and resolved secrets and environment files.</summary>
    public required IReadOnlyList<string> Environment { get; init; }

    /// <summary>Docker's network mode: <c>container:ID</c> (awsvpc, joined to the pause container), a network name (bridge), <c>host</c> or <c>none</c>.</summary>
    public required string NetworkMode { get; init; }

    /// <summary>Names other containers of the application reach this one by (bridge mode only; awsvpc tasks get theirs on the pause container).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IDictionary<string, IList<PortBinding>> PortBindings { get; init; } = new Dictionary<string, IList<PortBinding>>();

    public IReadOnlyList<Mount> Mounts { get; init; } = [];

    /// <summary>Host bind mounts (<c>source:target[:ro]</c>); the engine creates a missing source directory, as on an ECS instance.</summary>
    public IReadOnlyList<string> Binds { get; init; } = [];

    /// <summary>NAME=VALUE pairs read from the container's environment files; the definition's own environment wins over them.</summary>
    public IReadOnlyList<string> EnvironmentFileEntries { get; init; } = [];

    /// <summary>Docker names of the containers this one takes volumes from, with <c>:ro</c> where asked.</summary>
    public IReadOnlyList<string> VolumesFrom { get; init; } = [];

    /// <summary>Docker links (<c>dockerName:alias</c>), bridge mode only.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
}
