using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>HostEntry</c>.</summary>
public sealed record HostEntry : EcsObject
{
    /// <summary>ECS member <c>hostname</c> (string, required).</summary>
    [JsonPropertyName("hostname")]
    public required string Hostname { get; init; }

    /// <summary>ECS member <c>ipAddress</c> (string, required).</summary>
    [JsonPropertyName("ipAddress")]
    public required string IpAddress { get; init; }
}
