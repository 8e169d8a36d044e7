using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceConnectTestTrafficHeaderMatchRules</c>.</summary>
public sealed record ServiceConnectTestTrafficHeaderMatchRules : EcsObject
{
    /// <summary>ECS member <c>exact</c> (string, required).</summary>
    [JsonPropertyName("exact")]
    public required string Exact { get; init; }
}
