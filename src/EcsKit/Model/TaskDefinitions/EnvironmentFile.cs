using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>EnvironmentFile</c>.</summary>
public sealed record EnvironmentFile : EcsObject
{
    /// <summary>ECS member <c>value</c> (string, required).</summary>
    [JsonPropertyName("value")]
    public required string Value { get; init; }

    /// <summary>ECS member <c>type</c> (enum, required).</summary>
    [JsonPropertyName("type")]
    public required EnvironmentFileType Type { get; init; }
}
