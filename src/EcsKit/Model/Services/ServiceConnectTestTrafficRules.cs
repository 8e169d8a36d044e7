using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceConnectTestTrafficRules</c>.</summary>
public sealed record ServiceConnectTestTrafficRules : EcsObject
{
    /// <summary>ECS member <c>header</c> (structure, required).</summary>
    [JsonPropertyName("header")]
    public required ServiceConnectTestTrafficHeaderRules Header { get; init; }
}
