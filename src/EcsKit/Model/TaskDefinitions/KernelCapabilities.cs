using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>KernelCapabilities</c>.</summary>
public sealed record KernelCapabilities : EcsObject
{
    /// <summary>ECS member <c>add</c> (list of string).</summary>
    [JsonPropertyName("add")]
    public IReadOnlyList<string>? Add { get; init; }

    /// <summary>ECS member <c>drop</c> (list of string).</summary>
    [JsonPropertyName("drop")]
    public IReadOnlyList<string>? Drop { get; init; }
}
