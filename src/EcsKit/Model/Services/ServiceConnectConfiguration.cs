using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceConnectConfiguration</c>.</summary>
public sealed record ServiceConnectConfiguration : EcsObject
{
    /// <summary>ECS member <c>enabled</c> (boolean, required).</summary>
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>ECS member <c>namespace</c> (string).</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>ECS member <c>services</c> (list of structure).</summary>
    [JsonPropertyName("services")]
    public IReadOnlyList<ServiceConnectService>? Services { get; init; }

    /// <summary>ECS member <c>logConfiguration</c> (structure).</summary>
    [JsonPropertyName("logConfiguration")]
    public LogConfiguration? LogConfiguration { get; init; }

    /// <summary>ECS member <c>accessLogConfiguration</c> (structure).</summary>
    [JsonPropertyName("accessLogConfiguration")]
    public ServiceConnectAccessLogConfiguration? AccessLogConfiguration { get; init; }
}
