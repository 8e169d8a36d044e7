using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>VersionConsistency</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<VersionConsistency>))]
public enum VersionConsistency
{
    /// <summary>The ECS value <c>enabled</c>.</summary>
    [JsonStringEnumMemberName("enabled")]
    Enabled,

    /// <summary>The ECS value <c>disabled</c>.</summary>
    [JsonStringEnumMemberName("disabled")]
    Disabled,
}
