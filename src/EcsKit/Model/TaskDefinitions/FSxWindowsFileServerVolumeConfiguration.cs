using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>FSxWindowsFileServerVolumeConfiguration</c>.</summary>
public sealed record FSxWindowsFileServerVolumeConfiguration : EcsObject
{
    /// <summary>ECS member <c>fileSystemId</c> (string, required).</summary>
    [JsonPropertyName("fileSystemId")]
    public required string FileSystemId { get; init; }

    /// <summary>ECS member <c>rootDirectory</c> (string, required).</summary>
    [JsonPropertyName("rootDirectory")]
    public required string RootDirectory { get; init; }

    /// <summary>ECS member <c>authorizationConfig</c> (structure, required).</summary>
    [JsonPropertyName("authorizationConfig")]
    public required FSxWindowsFileServerAuthorizationConfig AuthorizationConfig { get; init; }
}
