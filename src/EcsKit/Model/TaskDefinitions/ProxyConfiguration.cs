using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ProxyConfiguration</c>.</summary>
public sealed record ProxyConfiguration : EcsObject
{
    /// <summary>ECS member <c>type</c> (enum).</summary>
    [JsonPropertyName("type")]
    public ProxyConfigurationType? Type { get; init; }

    /// <summary>ECS member <c>containerName</c> (string, required).</summary>
    [JsonPropertyName("containerName")]
    public required string ContainerName { get; init; }

    /// <summary>ECS member <c>properties</c> (list of structure).</summary>
    [JsonPropertyName("properties")]
    public IReadOnlyList<EnvironmentVariable>? Properties { get; init; }
}
