using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>Secret</c>.</summary>
public sealed record Secret : EcsObject
{
    /// <summary>ECS member <c>name</c> (string, required).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>ECS member <c>valueFrom</c> (string, required).</summary>
    [JsonPropertyName("valueFrom")]
    public required string ValueFrom { get; init; }
}
