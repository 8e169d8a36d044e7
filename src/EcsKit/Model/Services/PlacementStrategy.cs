using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>PlacementStrategy</c>.</summary>
public sealed record PlacementStrategy : EcsObject
{
    /// <summary>ECS member <c>type</c> (enum).</summary>
    [JsonPropertyName("type")]
    public PlacementStrategyType? Type { get; init; }

    /// <summary>ECS member <c>field</c> (string).</summary>
    [JsonPropertyName("field")]
    public string? Field { get; init; }
}
