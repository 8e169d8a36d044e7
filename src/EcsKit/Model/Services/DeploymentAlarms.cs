using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>DeploymentAlarms</c>.</summary>
public sealed record DeploymentAlarms : EcsObject
{
    /// <summary>ECS member <c>alarmNames</c> (list of string, required).</summary>
    [JsonPropertyName("alarmNames")]
    public required IReadOnlyList<string> AlarmNames { get; init; }

    /// <summary>ECS member <c>rollback</c> (boolean, required).</summary>
    [JsonPropertyName("rollback")]
    public required bool Rollback { get; init; }

    /// <summary>ECS member <c>enable</c> (boolean, required).</summary>
    [JsonPropertyName("enable")]
    public required bool Enable { get; init; }
}
