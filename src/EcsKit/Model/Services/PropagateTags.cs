using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>PropagateTags</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<PropagateTags>))]
public enum PropagateTags
{
    /// <summary>The ECS value <c>TASK_DEFINITION</c>.</summary>
    [JsonStringEnumMemberName("TASK_DEFINITION")]
    TaskDefinition,

    /// <summary>The ECS value <c>SERVICE</c>.</summary>
    [JsonStringEnumMemberName("SERVICE")]
    Service,

    /// <summary>The ECS value <c>NONE</c>.</summary>
    [JsonStringEnumMemberName("NONE")]
    None,
}
