using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>TaskDefinitionPlacementConstraint</c>.</summary>
public sealed record TaskDefinitionPlacementConstraint : EcsObject
{
    /// <summary>ECS member <c>type</c> (enum).</summary>
    [JsonPropertyName("type")]
    public TaskDefinitionPlacementConstraintType? Type { get; init; }

    /// <summary>ECS member <c>expression</c> (string).</summary>
    [JsonPropertyName("expression")]
    public string? Expression { get; init; }
}
