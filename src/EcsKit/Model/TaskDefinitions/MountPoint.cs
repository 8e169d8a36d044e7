using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>MountPoint</c>.</summary>
public sealed record MountPoint : EcsObject
{
    /// <summary>ECS member <c>sourceVolume</c> (string).</summary>
    [JsonPropertyName("sourceVolume")]
    public string? SourceVolume { get; init; }

    /// <summary>ECS member <c>containerPath</c> (string).</summary>
    [JsonPropertyName("containerPath")]
    public string? ContainerPath { get; init; }

    /// <summary>ECS member <c>readOnly</c> (boolean).</summary>
    [JsonPropertyName("readOnly")]
    public bool? ReadOnly { get; init; }
}
