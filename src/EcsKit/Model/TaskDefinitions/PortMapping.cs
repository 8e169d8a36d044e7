using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>PortMapping</c>.</summary>
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
