using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>PidMode</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<PidMode>))]
public enum PidMode
{
    /// <summary>The ECS value <c>host</c>.</summary>
    [JsonStringEnumMemberName("host")]
    Host,

    /// <summary>The ECS value <c>task</c>.</summary>
    [JsonStringEnumMemberName("task")]
    Task,
}
