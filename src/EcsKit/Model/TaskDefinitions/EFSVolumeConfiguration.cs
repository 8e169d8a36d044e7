using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>EFSVolumeConfiguration</c>.</summary>
public sealed record EFSVolumeConfiguration : EcsObject
{
    /// <summary>ECS member <c>fileSystemId</c> (string, required).</summary>
    [JsonPropertyName("fileSystemId")]
    public required string FileSystemId { get; init; }

    /// <summary>ECS member <c>rootDirectory</c> (string).</summary>
    [JsonPropertyName("rootDirectory")]
    public string? RootDirectory { get; init; }

    /// <summary>ECS member <c>transitEncryption</c> (enum).</summary>
    [JsonPropertyName("transitEncryption")]
    public EFSTransitEncryption? TransitEncryption { get; init; }

    /// <summary>ECS member <c>transitEncryptionPort</c> (integer).</summary>
    [JsonPropertyName("transitEncryptionPort")]
    public int? TransitEncryptionPort { get; init; }

    /// <summary>ECS member <c>authorizationConfig</c> (structure).</summary>
    [JsonPropertyName("authorizationConfig")]
    public EFSAuthorizationConfig? AuthorizationConfig { get; init; }
}
