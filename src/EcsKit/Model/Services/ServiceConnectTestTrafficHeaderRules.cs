using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceConnectTestTrafficHeaderRules</c>.</summary>
public sealed record ServiceConnectTestTrafficHeaderRules : EcsObject
{
    /// <summary>ECS member <c>name</c> (string, required).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>ECS member <c>value</c> (structure).</summary>
    [JsonPropertyName("value")]
    public ServiceConnectTestTrafficHeaderMatchRules? Value { get; init; }
}
