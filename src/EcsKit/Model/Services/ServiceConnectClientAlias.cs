using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceConnectClientAlias</c>.</summary>
public sealed record ServiceConnectClientAlias : EcsObject
{
    /// <summary>ECS member <c>port</c> (integer, required).</summary>
    [JsonPropertyName("port")]
    public required int Port { get; init; }

    /// <summary>ECS member <c>dnsName</c> (string).</summary>
    [JsonPropertyName("dnsName")]
    public string? DnsName { get; init; }

    /// <summary>ECS member <c>testTrafficRules</c> (structure).</summary>
    [JsonPropertyName("testTrafficRules")]
    public ServiceConnectTestTrafficRules? TestTrafficRules { get; init; }
}
