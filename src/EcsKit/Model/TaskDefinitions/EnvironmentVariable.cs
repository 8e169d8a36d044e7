using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>KeyValuePair</c>.</summary>
public sealed record EnvironmentVariable : EcsObject
{
    /// <summary>ECS member <c>name</c> (string).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>ECS member <c>value</c> (string).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }
}
