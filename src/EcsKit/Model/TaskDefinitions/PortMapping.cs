using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>A port the container exposes (model shape <c>PortMapping</c>). In awsvpc and host mode the host port equals the container port; in bridge mode an absent or zero host port is assigned dynamically.</summary>
public sealed record PortMapping : EcsObject
{
    /// <summary>ECS member <c>containerPort</c> (integer).</summary>
    [JsonPropertyName("containerPort")]
    public int? ContainerPort { get; init; }

    /// <summary>ECS member <c>hostPort</c> (integer).</summary>
    [JsonPropertyName("hostPort")]
    public int? HostPort { get; init; }

    /// <summary>ECS member <c>protocol</c> (enum).</summary>
    [JsonPropertyName("protocol")]
    public TransportProtocol? Protocol { get; init; }

    /// <summary>ECS member <c>name</c> (string).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>ECS member <c>appProtocol</c> (enum).</summary>
    [JsonPropertyName("appProtocol")]
    public ApplicationProtocol? AppProtocol { get; init; }

    /// <summary>ECS member <c>containerPortRange</c> (string).</summary>
    [JsonPropertyName("containerPortRange")]
    public string? ContainerPortRange { get; init; }
}
