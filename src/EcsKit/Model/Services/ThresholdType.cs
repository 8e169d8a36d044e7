using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>ThresholdType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<ThresholdType>))]
public enum ThresholdType
{
    /// <summary>The ECS value <c>COUNT</c>.</summary>
    [JsonStringEnumMemberName("COUNT")]
    Count,

    /// <summary>The ECS value <c>BOUNDED_PERCENT</c>.</summary>
    [JsonStringEnumMemberName("BOUNDED_PERCENT")]
    BoundedPercent,

    /// <summary>The ECS value <c>UNBOUNDED_PERCENT</c>.</summary>
    [JsonStringEnumMemberName("UNBOUNDED_PERCENT")]
    UnboundedPercent,
}
