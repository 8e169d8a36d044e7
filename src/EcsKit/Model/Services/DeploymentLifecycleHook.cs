using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>DeploymentLifecycleHook</c>.</summary>
public sealed record DeploymentLifecycleHook : EcsObject
{
    /// <summary>ECS member <c>targetType</c> (enum).</summary>
    [JsonPropertyName("targetType")]
    public DeploymentLifecycleHookTargetType? TargetType { get; init; }

    /// <summary>ECS member <c>hookTargetArn</c> (string).</summary>
    [JsonPropertyName("hookTargetArn")]
    public string? HookTargetArn { get; init; }

    /// <summary>ECS member <c>roleArn</c> (string).</summary>
    [JsonPropertyName("roleArn")]
    public string? RoleArn { get; init; }

    /// <summary>ECS member <c>lifecycleStages</c> (list of enum).</summary>
    [JsonPropertyName("lifecycleStages")]
    public IReadOnlyList<DeploymentLifecycleHookStage>? LifecycleStages { get; init; }

    /// <summary>ECS member <c>hookDetails</c> (structure).</summary>
    [JsonPropertyName("hookDetails")]
    public JsonElement? HookDetails { get; init; }

    /// <summary>ECS member <c>timeoutConfiguration</c> (structure).</summary>
    [JsonPropertyName("timeoutConfiguration")]
    public DeploymentLifecycleHookTimeoutConfiguration? TimeoutConfiguration { get; init; }
}
