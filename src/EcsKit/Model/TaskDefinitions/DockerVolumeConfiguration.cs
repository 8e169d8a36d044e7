using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>DockerVolumeConfiguration</c>.</summary>
public sealed record DockerVolumeConfiguration : EcsObject
{
    /// <summary>ECS member <c>scope</c> (enum).</summary>
    [JsonPropertyName("scope")]
    public Scope? Scope { get; init; }

    /// <summary>ECS member <c>autoprovision</c> (boolean).</summary>
    [JsonPropertyName("autoprovision")]
    public bool? Autoprovision { get; init; }

    /// <summary>ECS member <c>driver</c> (string).</summary>
    [JsonPropertyName("driver")]
    public string? Driver { get; init; }

    /// <summary>ECS member <c>driverOpts</c> (map).</summary>
    [JsonPropertyName("driverOpts")]
    public IReadOnlyDictionary<string, string>? DriverOpts { get; init; }

    /// <summary>ECS member <c>labels</c> (map).</summary>
    [JsonPropertyName("labels")]
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}
