using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>DeploymentControllerType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<DeploymentControllerType>))]
public enum DeploymentControllerType
{
    /// <summary>The ECS value <c>ECS</c>.</summary>
    [JsonStringEnumMemberName("ECS")]
    Ecs,

    /// <summary>The ECS value <c>CODE_DEPLOY</c>.</summary>
    [JsonStringEnumMemberName("CODE_DEPLOY")]
    CodeDeploy,

    /// <summary>The ECS value <c>EXTERNAL</c>.</summary>
    [JsonStringEnumMemberName("EXTERNAL")]
    External,
}
