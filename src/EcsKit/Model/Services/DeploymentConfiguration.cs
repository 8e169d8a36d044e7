using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>DeploymentConfiguration</c>.</summary>
public sealed record DeploymentConfiguration : EcsObject
{
    /// <summary>ECS member <c>deploymentCircuitBreaker</c> (structure).</summary>
    [JsonPropertyName("deploymentCircuitBreaker")]
    public DeploymentCircuitBreaker? DeploymentCircuitBreaker { get; init; }

    /// <summary>ECS member <c>maximumPercent</c> (integer).</summary>
    [JsonPropertyName("maximumPercent")]
    public int? MaximumPercent { get; init; }

    /// <summary>ECS member <c>minimumHealthyPercent</c> (integer).</summary>
    [JsonPropertyName("minimumHealthyPercent")]
    public int? MinimumHealthyPercent { get; init; }

    /// <summary>ECS member <c>alarms</c> (structure).</summary>
    [JsonPropertyName("alarms")]
    public DeploymentAlarms? Alarms { get; init; }

    /// <summary>ECS member <c>strategy</c> (enum).</summary>
    [JsonPropertyName("strategy")]
    public DeploymentStrategy? Strategy { get; init; }

    /// <summary>ECS member <c>bakeTimeInMinutes</c> (integer).</summary>
    [JsonPropertyName("bakeTimeInMinutes")]
    public int? BakeTimeInMinutes { get; init; }

    /// <summary>ECS member <c>lifecycleHooks</c> (list of structure).</summary>
    [JsonPropertyName("lifecycleHooks")]
    public IReadOnlyList<DeploymentLifecycleHook>? LifecycleHooks { get; init; }

    /// <summary>ECS member <c>linearConfiguration</c> (structure).</summary>
    [JsonPropertyName("linearConfiguration")]
    public LinearConfiguration? LinearConfiguration { get; init; }

    /// <summary>ECS member <c>canaryConfiguration</c> (structure).</summary>
    [JsonPropertyName("canaryConfiguration")]
    public CanaryConfiguration? CanaryConfiguration { get; init; }
}
