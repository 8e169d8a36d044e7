using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>TaskDefinitionPlacementConstraintType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<TaskDefinitionPlacementConstraintType>))]
public enum TaskDefinitionPlacementConstraintType
{
    /// <summary>The ECS value <c>memberOf</c>.</summary>
    [JsonStringEnumMemberName("memberOf")]
    MemberOf,
}
