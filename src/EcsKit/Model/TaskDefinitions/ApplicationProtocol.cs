using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>ApplicationProtocol</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<ApplicationProtocol>))]
public enum ApplicationProtocol
{
    /// <summary>The ECS value <c>http</c>.</summary>
    [JsonStringEnumMemberName("http")]
    Http,

    /// <summary>The ECS value <c>http2</c>.</summary>
    [JsonStringEnumMemberName("http2")]
    Http2,

    /// <summary>The ECS value <c>grpc</c>.</summary>
    [JsonStringEnumMemberName("grpc")]
    Grpc,
}
