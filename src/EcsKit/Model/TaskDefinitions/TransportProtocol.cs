using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>TransportProtocol</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<TransportProtocol>))]
public enum TransportProtocol
{
    /// <summary>The ECS value <c>tcp</c>.</summary>
    [JsonStringEnumMemberName("tcp")]
    Tcp,

    /// <summary>The ECS value <c>udp</c>.</summary>
    [JsonStringEnumMemberName("udp")]
    Udp,
}
