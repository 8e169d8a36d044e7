using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>DeploymentLifecycleHookTargetType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<DeploymentLifecycleHookTargetType>))]
public enum DeploymentLifecycleHookTargetType
{
    /// <summary>The ECS value <c>AWS_LAMBDA</c>.</summary>
    [JsonStringEnumMemberName("AWS_LAMBDA")]
    AwsLambda,

    /// <summary>The ECS value <c>PAUSE</c>.</summary>
    [JsonStringEnumMemberName("PAUSE")]
    Pause,
}
