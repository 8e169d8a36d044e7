using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>IpcMode</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<IpcMode>))]
public enum IpcMode
{
    /// <summary>The ECS value <c>host</c>.</summary>
    [JsonStringEnumMemberName("host")]
    Host,

    /// <summary>The ECS value <c>task</c>.</summary>
    [JsonStringEnumMemberName("task")]
    Task,

    /// <summary>The ECS value <c>none</c>.</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
