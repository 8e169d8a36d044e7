using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>A name and value, used for environment variables and proxy properties (model shape <c>KeyValuePair</c>, renamed to avoid a clash with <see cref="System.Collections.Generic.KeyValuePair{TKey, TValue}"/>).</summary>
public sealed record EnvironmentVariable : EcsObject
{
    /// <summary>ECS member <c>name</c> (string).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>ECS member <c>value</c> (string).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }
}
