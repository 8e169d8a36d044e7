using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>Tag</c>.</summary>
public sealed record Tag : EcsObject
{
    /// <summary>ECS member <c>key</c> (string).</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    /// <summary>ECS member <c>value</c> (string).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }
}
