using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>CanaryConfiguration</c>.</summary>
public sealed record CanaryConfiguration : EcsObject
{
    /// <summary>ECS member <c>canaryPercent</c> (double).</summary>
    [JsonPropertyName("canaryPercent")]
    public double? CanaryPercent { get; init; }

    /// <summary>ECS member <c>canaryBakeTimeInMinutes</c> (integer).</summary>
    [JsonPropertyName("canaryBakeTimeInMinutes")]
    public int? CanaryBakeTimeInMinutes { get; init; }
}
