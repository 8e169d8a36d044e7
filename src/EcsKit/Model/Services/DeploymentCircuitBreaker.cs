using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>DeploymentCircuitBreaker</c>.</summary>
public sealed record DeploymentCircuitBreaker : EcsObject
{
    /// <summary>ECS member <c>enable</c> (boolean, required).</summary>
    [JsonPropertyName("enable")]
    public required bool Enable { get; init; }

    /// <summary>ECS member <c>rollback</c> (boolean, required).</summary>
    [JsonPropertyName("rollback")]
    public required bool Rollback { get; init; }

    /// <summary>ECS member <c>resetOnHealthyTask</c> (boolean).</summary>
    [JsonPropertyName("resetOnHealthyTask")]
    public bool? ResetOnHealthyTask { get; init; }

    /// <summary>ECS member <c>thresholdConfiguration</c> (structure).</summary>
    [JsonPropertyName("thresholdConfiguration")]
    public ThresholdConfiguration? ThresholdConfiguration { get; init; }
}
