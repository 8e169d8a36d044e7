using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>ServiceConnectAccessLoggingFormat</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<ServiceConnectAccessLoggingFormat>))]
public enum ServiceConnectAccessLoggingFormat
{
    /// <summary>The ECS value <c>TEXT</c>.</summary>
    [JsonStringEnumMemberName("TEXT")]
    Text,

    /// <summary>The ECS value <c>JSON</c>.</summary>
    [JsonStringEnumMemberName("JSON")]
    Json,
}
