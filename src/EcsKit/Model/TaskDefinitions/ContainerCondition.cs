using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>ContainerCondition</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<ContainerCondition>))]
public enum ContainerCondition
{
    /// <summary>The ECS value <c>START</c>.</summary>
    [JsonStringEnumMemberName("START")]
    Start,

    /// <summary>The ECS value <c>COMPLETE</c>.</summary>
    [JsonStringEnumMemberName("COMPLETE")]
    Complete,

    /// <summary>The ECS value <c>SUCCESS</c>.</summary>
    [JsonStringEnumMemberName("SUCCESS")]
    Success,

    /// <summary>The ECS value <c>HEALTHY</c>.</summary>
    [JsonStringEnumMemberName("HEALTHY")]
    Healthy,
}
