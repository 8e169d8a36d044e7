using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceRegistry</c>.</summary>
public sealed record ServiceRegistry : EcsObject
{
    /// <summary>ECS member <c>registryArn</c> (string).</summary>
    [JsonPropertyName("registryArn")]
    public string? RegistryArn { get; init; }

    /// <summary>ECS member <c>port</c> (integer).</summary>
    [JsonPropertyName("port")]
    public int? Port { get; init; }

    /// <summary>ECS member <c>containerName</c> (string).</summary>
    [JsonPropertyName("containerName")]
    public string? ContainerName { get; init; }

    /// <summary>ECS member <c>containerPort</c> (integer).</summary>
    [JsonPropertyName("containerPort")]
    public int? ContainerPort { get; init; }
}
