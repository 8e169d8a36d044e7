using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>MetricConfiguration</c>.</summary>
public sealed record MetricConfiguration : EcsObject
{
    /// <summary>ECS member <c>metricNames</c> (list of string, required).</summary>
    [JsonPropertyName("metricNames")]
    public required IReadOnlyList<string> MetricNames { get; init; }

    /// <summary>ECS member <c>resolutionSeconds</c> (integer, required).</summary>
    [JsonPropertyName("resolutionSeconds")]
    public required int ResolutionSeconds { get; init; }
}
