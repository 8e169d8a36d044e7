using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>FirelensConfigurationType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<FirelensConfigurationType>))]
public enum FirelensConfigurationType
{
    /// <summary>The ECS value <c>fluentd</c>.</summary>
    [JsonStringEnumMemberName("fluentd")]
    Fluentd,

    /// <summary>The ECS value <c>fluentbit</c>.</summary>
    [JsonStringEnumMemberName("fluentbit")]
    Fluentbit,
}
