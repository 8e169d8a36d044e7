using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>SystemControl</c>.</summary>
public sealed record SystemControl : EcsObject
{
    /// <summary>ECS member <c>namespace</c> (string).</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>ECS member <c>value</c> (string).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }
}
