using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Tasks;

/// <summary>What every task of one application shares on the engine: the connection, the event stream, the network, images and secrets.</summary>
internal sealed record TaskContext
{
    public required DockerEngine Engine { get; init; }

    public required EventHub Events { get; init; }

    public required string App { get; init; }

    /// <summary>The application's user-defined bridge network: tasks find each other there by service name.</summary>
    public required string Network { get; init; }

    public required Func<string, CancellationToken, Task<string>> EnsureImage { get; init; }

    public required Func<CancellationToken, Task<string>> EnsurePauseImage { get; init; }

    /// <summary>The metadata endpoint's variables for a container's token (ECS_CONTAINER_METADATA_URI_V4 ...), empty when none is served.</summary>
    public required Func<string, IReadOnlyList<string>> MetadataEnvironment { get; init; }

    public required Func<LocalSecretRequest, string?> Secrets { get; init; }

    /// <summary>Reads an environment file (an S3 ARN on ECS) locally.</summary>
    public required Func<string, string?> EnvironmentFiles { get; init; }

    public required string Region { get; init; }

    /// <summary>Publish awsvpc container ports on the same host port instead of a dynamic one.</summary>
    public bool StaticPorts { get; init; }

    /// <summary>One-line notes for people (EFS emulated, log driver kept locally ...).</summary>
    public required Action<string> Info { get; init; }
}
