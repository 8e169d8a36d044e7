using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>LinearConfiguration</c>.</summary>
public sealed record LinearConfiguration : EcsObject
{
    /// <summary>ECS member <c>stepPercent</c> (double).</summary>
    [JsonPropertyName("stepPercent")]
    public double? StepPercent { get; init; }

    /// <summary>ECS member <c>stepBakeTimeInMinutes</c> (integer).</summary>
    [JsonPropertyName("stepBakeTimeInMinutes")]
    public int? StepBakeTimeInMinutes { get; init; }
}
