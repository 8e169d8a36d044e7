using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ExecuteCommandLogConfiguration</c>.</summary>
public sealed record ExecuteCommandLogConfiguration : EcsObject
{
    /// <summary>ECS member <c>cloudWatchLogGroupName</c> (string).</summary>
    [JsonPropertyName("cloudWatchLogGroupName")]
    public string? CloudWatchLogGroupName { get; init; }

    /// <summary>ECS member <c>cloudWatchEncryptionEnabled</c> (boolean).</summary>
    [JsonPropertyName("cloudWatchEncryptionEnabled")]
    public bool? CloudWatchEncryptionEnabled { get; init; }

    /// <summary>ECS member <c>s3BucketName</c> (string).</summary>
    [JsonPropertyName("s3BucketName")]
    public string? S3BucketName { get; init; }

    /// <summary>ECS member <c>s3EncryptionEnabled</c> (boolean).</summary>
    [JsonPropertyName("s3EncryptionEnabled")]
    public bool? S3EncryptionEnabled { get; init; }

    /// <summary>ECS member <c>s3KeyPrefix</c> (string).</summary>
    [JsonPropertyName("s3KeyPrefix")]
    public string? S3KeyPrefix { get; init; }
}
