using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ClusterServiceConnectDefaultsRequest</c>.</summary>
public sealed record ClusterServiceConnectDefaultsRequest : EcsObject
{
    /// <summary>ECS member <c>namespace</c> (string, required).</summary>
    [JsonPropertyName("namespace")]
    public required string Namespace { get; init; }
}
