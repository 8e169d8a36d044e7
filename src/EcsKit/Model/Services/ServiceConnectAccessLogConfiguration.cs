using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceConnectAccessLogConfiguration</c>.</summary>
public sealed record ServiceConnectAccessLogConfiguration : EcsObject
{
    /// <summary>ECS member <c>format</c> (enum, required).</summary>
    [JsonPropertyName("format")]
    public required ServiceConnectAccessLoggingFormat Format { get; init; }

    /// <summary>ECS member <c>includeQueryParameters</c> (enum).</summary>
    [JsonPropertyName("includeQueryParameters")]
    public ServiceConnectIncludeQueryParameters? IncludeQueryParameters { get; init; }
}
