using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>AvailabilityZoneRebalancing</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<AvailabilityZoneRebalancing>))]
public enum AvailabilityZoneRebalancing
{
    /// <summary>The ECS value <c>ENABLED</c>.</summary>
    [JsonStringEnumMemberName("ENABLED")]
    Enabled,

    /// <summary>The ECS value <c>DISABLED</c>.</summary>
    [JsonStringEnumMemberName("DISABLED")]
    Disabled,
}
