using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>Compatibility</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<Compatibility>))]
public enum Compatibility
{
    /// <summary>The ECS value <c>EC2</c>.</summary>
    [JsonStringEnumMemberName("EC2")]
    Ec2,

    /// <summary>The ECS value <c>FARGATE</c>.</summary>
    [JsonStringEnumMemberName("FARGATE")]
    Fargate,

    /// <summary>The ECS value <c>EXTERNAL</c>.</summary>
    [JsonStringEnumMemberName("EXTERNAL")]
    External,

    /// <summary>The ECS value <c>MANAGED_INSTANCES</c>.</summary>
    [JsonStringEnumMemberName("MANAGED_INSTANCES")]
    ManagedInstances,
}
