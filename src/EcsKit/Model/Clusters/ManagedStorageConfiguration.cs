using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ManagedStorageConfiguration</c>.</summary>
public sealed record ManagedStorageConfiguration : EcsObject
{
    /// <summary>ECS member <c>kmsKeyId</c> (string).</summary>
    [JsonPropertyName("kmsKeyId")]
    public string? KmsKeyId { get; init; }

    /// <summary>ECS member <c>fargateEphemeralStorageKmsKeyId</c> (string).</summary>
    [JsonPropertyName("fargateEphemeralStorageKmsKeyId")]
    public string? FargateEphemeralStorageKmsKeyId { get; init; }
}
