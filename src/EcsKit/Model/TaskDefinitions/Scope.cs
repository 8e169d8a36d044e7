using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>Scope</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<Scope>))]
public enum Scope
{
    /// <summary>The ECS value <c>task</c>.</summary>
    [JsonStringEnumMemberName("task")]
    Task,

    /// <summary>The ECS value <c>shared</c>.</summary>
    [JsonStringEnumMemberName("shared")]
    Shared,
}
