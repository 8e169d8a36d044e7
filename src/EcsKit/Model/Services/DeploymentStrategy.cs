using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>DeploymentStrategy</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<DeploymentStrategy>))]
public enum DeploymentStrategy
{
    /// <summary>The ECS value <c>ROLLING</c>.</summary>
    [JsonStringEnumMemberName("ROLLING")]
    Rolling,

    /// <summary>The ECS value <c>BLUE_GREEN</c>.</summary>
    [JsonStringEnumMemberName("BLUE_GREEN")]
    BlueGreen,

    /// <summary>The ECS value <c>LINEAR</c>.</summary>
    [JsonStringEnumMemberName("LINEAR")]
    Linear,

    /// <summary>The ECS value <c>CANARY</c>.</summary>
    [JsonStringEnumMemberName("CANARY")]
    Canary,
}
