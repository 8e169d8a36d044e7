using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>VolumeFrom</c>.</summary>
public sealed record VolumeFrom : EcsObject
{
    /// <summary>ECS member <c>sourceContainer</c> (string).</summary>
    [JsonPropertyName("sourceContainer")]
    public string? SourceContainer { get; init; }

    /// <summary>ECS member <c>readOnly</c> (boolean).</summary>
    [JsonPropertyName("readOnly")]
    public bool? ReadOnly { get; init; }
}
