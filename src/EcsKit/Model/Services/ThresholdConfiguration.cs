using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ThresholdConfiguration</c>.</summary>
public sealed record ThresholdConfiguration : EcsObject
{
    /// <summary>ECS member <c>type</c> (enum, required).</summary>
    [JsonPropertyName("type")]
    public required ThresholdType Type { get; init; }

    /// <summary>ECS member <c>value</c> (integer, required).</summary>
    [JsonPropertyName("value")]
    public required int Value { get; init; }
}
