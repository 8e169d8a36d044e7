using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ResourceRequirement</c>.</summary>
public sealed record ResourceRequirement : EcsObject
{
    /// <summary>ECS member <c>value</c> (string, required).</summary>
    [JsonPropertyName("value")]
    public required string Value { get; init; }

    /// <summary>ECS member <c>type</c> (enum, required).</summary>
    [JsonPropertyName("type")]
    public required ResourceType Type { get; init; }
}
