using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>DeploymentLifecycleHookTimeoutConfiguration</c>.</summary>
public sealed record DeploymentLifecycleHookTimeoutConfiguration : EcsObject
{
    /// <summary>ECS member <c>timeoutInMinutes</c> (integer).</summary>
    [JsonPropertyName("timeoutInMinutes")]
    public int? TimeoutInMinutes { get; init; }

    /// <summary>ECS member <c>action</c> (enum).</summary>
    [JsonPropertyName("action")]
    public DeploymentLifecycleHookAction? Action { get; init; }
}
