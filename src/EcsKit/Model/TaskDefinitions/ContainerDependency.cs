using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ContainerDependency</c>.</summary>
public sealed record ContainerDependency : EcsObject
{
    /// <summary>ECS member <c>containerName</c> (string, required).</summary>
    [JsonPropertyName("containerName")]
    public required string ContainerName { get; init; }

    /// <summary>ECS member <c>condition</c> (enum, required).</summary>
    [JsonPropertyName("condition")]
    public required ContainerCondition Condition { get; init; }
}
