using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceManagedEBSVolumeConfiguration</c>.</summary>
public sealed record ServiceManagedEBSVolumeConfiguration : EcsObject
{
    /// <summary>ECS member <c>encrypted</c> (boolean).</summary>
    [JsonPropertyName("encrypted")]
    public bool? Encrypted { get; init; }

    /// <summary>ECS member <c>kmsKeyId</c> (string).</summary>
    [JsonPropertyName("kmsKeyId")]
    public string? KmsKeyId { get; init; }

    /// <summary>ECS member <c>volumeType</c> (string).</summary>
    [JsonPropertyName("volumeType")]
    public string? VolumeType { get; init; }

    /// <summary>ECS member <c>sizeInGiB</c> (integer).</summary>
    [JsonPropertyName("sizeInGiB")]
    public int? SizeInGiB { get; init; }

    /// <summary>ECS member <c>snapshotId</c> (string).</summary>
    [JsonPropertyName("snapshotId")]
    public string? SnapshotId { get; init; }

    /// <summary>ECS member <c>volumeInitializationRate</c> (integer).</summary>
    [JsonPropertyName("volumeInitializationRate")]
    public int? VolumeInitializationRate { get; init; }

    /// <summary>ECS member <c>iops</c> (integer).</summary>
    [JsonPropertyName("iops")]
    public int? Iops { get; init; }

    /// <summary>ECS member <c>throughput</c> (integer).</summary>
    [JsonPropertyName("throughput")]
    public int? Throughput { get; init; }

    /// <summary>ECS member <c>tagSpecifications</c> (list of structure).</summary>
    [JsonPropertyName("tagSpecifications")]
    public IReadOnlyList<EBSTagSpecification>? TagSpecifications { get; init; }

    /// <summary>ECS member <c>roleArn</c> (string, required).</summary>
    [JsonPropertyName("roleArn")]
    public required string RoleArn { get; init; }

    /// <summary>ECS member <c>filesystemType</c> (enum).</summary>
    [JsonPropertyName("filesystemType")]
    public TaskFilesystemType? FilesystemType { get; init; }
}
