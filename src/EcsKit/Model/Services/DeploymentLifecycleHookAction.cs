using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>DeploymentLifecycleHookAction</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<DeploymentLifecycleHookAction>))]
public enum DeploymentLifecycleHookAction
{
    /// <summary>The ECS value <c>ROLLBACK</c>.</summary>
    [JsonStringEnumMemberName("ROLLBACK")]
    Rollback,

    /// <summary>The ECS value <c>CONTINUE</c>.</summary>
    [JsonStringEnumMemberName("CONTINUE")]
    Continue,
}
