using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>LogConfiguration</c>.</summary>
public sealed record LogConfiguration : EcsObject
{
    /// <summary>ECS member <c>logDriver</c> (enum, required).</summary>
    [JsonPropertyName("logDriver")]
    public required LogDriver LogDriver { get; init; }

    /// <summary>ECS member <c>options</c> (map).</summary>
    [JsonPropertyName("options")]
    public IReadOnlyDictionary<string, string>? Options { get; init; }

    /// <summary>ECS member <c>secretOptions</c> (list of structure).</summary>
    [JsonPropertyName("secretOptions")]
    public IReadOnlyList<Secret>? SecretOptions { get; init; }
}
