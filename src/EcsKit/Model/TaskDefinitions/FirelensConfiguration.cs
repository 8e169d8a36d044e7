using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>FirelensConfiguration</c>.</summary>
public sealed record FirelensConfiguration : EcsObject
{
    /// <summary>ECS member <c>type</c> (enum, required).</summary>
    [JsonPropertyName("type")]
    public required FirelensConfigurationType Type { get; init; }

    /// <summary>ECS member <c>options</c> (map).</summary>
    [JsonPropertyName("options")]
    public IReadOnlyDictionary<string, string>? Options { get; init; }
}
