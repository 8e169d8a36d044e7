using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>A container health check (model shape <c>HealthCheck</c>); times are in seconds.</summary>
public sealed record HealthCheck : EcsObject
{
    /// <summary>ECS member <c>command</c> (list of string, required).</summary>
    [JsonPropertyName("command")]
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>ECS member <c>interval</c> (integer).</summary>
    [JsonPropertyName("interval")]
    public int? Interval { get; init; }

    /// <summary>ECS member <c>timeout</c> (integer).</summary>
    [JsonPropertyName("timeout")]
    public int? Timeout { get; init; }

    /// <summary>ECS member <c>retries</c> (integer).</summary>
    [JsonPropertyName("retries")]
    public int? Retries { get; init; }

    /// <summary>ECS member <c>startPeriod</c> (integer).</summary>
    [JsonPropertyName("startPeriod")]
    public int? StartPeriod { get; init; }
}
