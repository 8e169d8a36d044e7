using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceConnectTlsCertificateAuthority</c>.</summary>
public sealed record ServiceConnectTlsCertificateAuthority : EcsObject
{
    /// <summary>ECS member <c>awsPcaAuthorityArn</c> (string).</summary>
    [JsonPropertyName("awsPcaAuthorityArn")]
    public string? AwsPcaAuthorityArn { get; init; }
}
