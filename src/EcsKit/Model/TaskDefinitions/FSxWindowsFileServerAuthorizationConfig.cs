using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>FSxWindowsFileServerAuthorizationConfig</c>.</summary>
public sealed record FSxWindowsFileServerAuthorizationConfig : EcsObject
{
    /// <summary>ECS member <c>credentialsParameter</c> (string, required).</summary>
    [JsonPropertyName("credentialsParameter")]
    public required string CredentialsParameter { get; init; }

    /// <summary>ECS member <c>domain</c> (string, required).</summary>
    [JsonPropertyName("domain")]
    public required string Domain { get; init; }
}
