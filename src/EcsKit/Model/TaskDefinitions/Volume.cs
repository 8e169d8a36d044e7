using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>Volume</c>.</summary>
public sealed record Volume : EcsObject
{
    /// <summary>ECS member <c>name</c> (string).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>ECS member <c>host</c> (structure).</summary>
    [JsonPropertyName("host")]
    public HostVolumeProperties? Host { get; init; }

    /// <summary>ECS member <c>dockerVolumeConfiguration</c> (structure).</summary>
    [JsonPropertyName("dockerVolumeConfiguration")]
    public DockerVolumeConfiguration? DockerVolumeConfiguration { get; init; }

    /// <summary>ECS member <c>efsVolumeConfiguration</c> (structure).</summary>
    [JsonPropertyName("efsVolumeConfiguration")]
    public EFSVolumeConfiguration? EfsVolumeConfiguration { get; init; }

    /// <summary>ECS member <c>s3filesVolumeConfiguration</c> (structure).</summary>
    [JsonPropertyName("s3filesVolumeConfiguration")]
    public S3FilesVolumeConfiguration? S3filesVolumeConfiguration { get; init; }

    /// <summary>ECS member <c>fsxWindowsFileServerVolumeConfiguration</c> (structure).</summary>
    [JsonPropertyName("fsxWindowsFileServerVolumeConfiguration")]
    public FSxWindowsFileServerVolumeConfiguration? FsxWindowsFileServerVolumeConfiguration { get; init; }

    /// <summary>ECS member <c>configuredAtLaunch</c> (boolean).</summary>
    [JsonPropertyName("configuredAtLaunch")]
    public bool? ConfiguredAtLaunch { get; init; }
}
