using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>MonitoringConfiguration</c>.</summary>
public sealed record MonitoringConfiguration : EcsObject
{
    /// <summary>ECS member <c>metricConfigurations</c> (list of structure).</summary>
    [JsonPropertyName("metricConfigurations")]
    public IReadOnlyList<MetricConfiguration>? MetricConfigurations { get; init; }
}
