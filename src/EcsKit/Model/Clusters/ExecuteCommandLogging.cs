using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>ExecuteCommandLogging</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<ExecuteCommandLogging>))]
public enum ExecuteCommandLogging
{
    /// <summary>The ECS value <c>NONE</c>.</summary>
    [JsonStringEnumMemberName("NONE")]
    None,

    /// <summary>The ECS value <c>DEFAULT</c>.</summary>
    [JsonStringEnumMemberName("DEFAULT")]
    Default,

    /// <summary>The ECS value <c>OVERRIDE</c>.</summary>
    [JsonStringEnumMemberName("OVERRIDE")]
    Override,
}
