using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>PlacementConstraint</c>.</summary>
public sealed record PlacementConstraint : EcsObject
{
    /// <summary>ECS member <c>type</c> (enum).</summary>
    [JsonPropertyName("type")]
    public PlacementConstraintType? Type { get; init; }

    /// <summary>ECS member <c>expression</c> (string).</summary>
    [JsonPropertyName("expression")]
    public string? Expression { get; init; }
}
