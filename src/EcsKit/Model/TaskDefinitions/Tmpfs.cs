using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>Tmpfs</c>.</summary>
public sealed record Tmpfs : EcsObject
{
    /// <summary>ECS member <c>containerPath</c> (string, required).</summary>
    [JsonPropertyName("containerPath")]
    public required string ContainerPath { get; init; }

    /// <summary>ECS member <c>size</c> (integer, required).</summary>
    [JsonPropertyName("size")]
    public required int Size { get; init; }

    /// <summary>ECS member <c>mountOptions</c> (list of string).</summary>
    [JsonPropertyName("mountOptions")]
    public IReadOnlyList<string>? MountOptions { get; init; }
}
