using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>ServiceConnectIncludeQueryParameters</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<ServiceConnectIncludeQueryParameters>))]
public enum ServiceConnectIncludeQueryParameters
{
    /// <summary>The ECS value <c>DISABLED</c>.</summary>
    [JsonStringEnumMemberName("DISABLED")]
    Disabled,

    /// <summary>The ECS value <c>ENABLED</c>.</summary>
    [JsonStringEnumMemberName("ENABLED")]
    Enabled,
}
