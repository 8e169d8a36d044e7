using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>NetworkMode</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<NetworkMode>))]
public enum NetworkMode
{
    /// <summary>The ECS value <c>bridge</c>.</summary>
    [JsonStringEnumMemberName("bridge")]
    Bridge,

    /// <summary>The ECS value <c>host</c>.</summary>
    [JsonStringEnumMemberName("host")]
    Host,

    /// <summary>The ECS value <c>awsvpc</c>.</summary>
    [JsonStringEnumMemberName("awsvpc")]
    Awsvpc,

    /// <summary>The ECS value <c>none</c>.</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
