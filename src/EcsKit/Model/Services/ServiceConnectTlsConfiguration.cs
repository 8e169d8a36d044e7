using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceConnectTlsConfiguration</c>.</summary>
public sealed record ServiceConnectTlsConfiguration : EcsObject
{
    /// <summary>ECS member <c>issuerCertificateAuthority</c> (structure, required).</summary>
    [JsonPropertyName("issuerCertificateAuthority")]
    public required ServiceConnectTlsCertificateAuthority IssuerCertificateAuthority { get; init; }

    /// <summary>ECS member <c>kmsKey</c> (string).</summary>
    [JsonPropertyName("kmsKey")]
    public string? KmsKey { get; init; }

    /// <summary>ECS member <c>roleArn</c> (string).</summary>
    [JsonPropertyName("roleArn")]
    public string? RoleArn { get; init; }
}
