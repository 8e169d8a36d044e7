using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceConnectService</c>.</summary>
public sealed record ServiceConnectService : EcsObject
{
    /// <summary>ECS member <c>portName</c> (string, required).</summary>
    [JsonPropertyName("portName")]
    public required string PortName { get; init; }

    /// <summary>ECS member <c>discoveryName</c> (string).</summary>
    [JsonPropertyName("discoveryName")]
    public string? DiscoveryName { get; init; }

    /// <summary>ECS member <c>clientAliases</c> (list of structure).</summary>
    [JsonPropertyName("clientAliases")]
    public IReadOnlyList<ServiceConnectClientAlias>? ClientAliases { get; init; }

    /// <summary>ECS member <c>ingressPortOverride</c> (integer).</summary>
    [JsonPropertyName("ingressPortOverride")]
    public int? IngressPortOverride { get; init; }

    /// <summary>ECS member <c>timeout</c> (structure).</summary>
    [JsonPropertyName("timeout")]
    public TimeoutConfiguration? Timeout { get; init; }

    /// <summary>ECS member <c>tls</c> (structure).</summary>
    [JsonPropertyName("tls")]
    public ServiceConnectTlsConfiguration? Tls { get; init; }
}
