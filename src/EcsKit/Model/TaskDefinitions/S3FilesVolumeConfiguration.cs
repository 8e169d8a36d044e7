using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>S3FilesVolumeConfiguration</c>.</summary>
public sealed record S3FilesVolumeConfiguration : EcsObject
{
    /// <summary>ECS member <c>fileSystemArn</c> (string, required).</summary>
    [JsonPropertyName("fileSystemArn")]
    public required string FileSystemArn { get; init; }

    /// <summary>ECS member <c>rootDirectory</c> (string).</summary>
    [JsonPropertyName("rootDirectory")]
    public string? RootDirectory { get; init; }

    /// <summary>ECS member <c>transitEncryptionPort</c> (integer).</summary>
    [JsonPropertyName("transitEncryptionPort")]
    public int? TransitEncryptionPort { get; init; }

    /// <summary>ECS member <c>accessPointArn</c> (string).</summary>
    [JsonPropertyName("accessPointArn")]
    public string? AccessPointArn { get; init; }
}
