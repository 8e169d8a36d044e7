using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>HostVolumeProperties</c>.</summary>
public sealed record HostVolumeProperties : EcsObject
{
    /// <summary>ECS member <c>sourcePath</c> (string).</summary>
    [JsonPropertyName("sourcePath")]
    public string? SourcePath { get; init; }
}
