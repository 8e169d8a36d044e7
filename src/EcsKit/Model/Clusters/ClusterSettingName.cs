using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>ClusterSettingName</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<ClusterSettingName>))]
public enum ClusterSettingName
{
    /// <summary>The ECS value <c>containerInsights</c>.</summary>
    [JsonStringEnumMemberName("containerInsights")]
    ContainerInsights,
}
