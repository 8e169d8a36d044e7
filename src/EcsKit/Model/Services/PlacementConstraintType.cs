using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>PlacementConstraintType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<PlacementConstraintType>))]
public enum PlacementConstraintType
{
    /// <summary>The ECS value <c>distinctInstance</c>.</summary>
    [JsonStringEnumMemberName("distinctInstance")]
    DistinctInstance,

    /// <summary>The ECS value <c>memberOf</c>.</summary>
    [JsonStringEnumMemberName("memberOf")]
    MemberOf,
}
