using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>TimeoutConfiguration</c>.</summary>
public sealed record TimeoutConfiguration : EcsObject
{
    /// <summary>ECS member <c>idleTimeoutSeconds</c> (integer).</summary>
    [JsonPropertyName("idleTimeoutSeconds")]
    public int? IdleTimeoutSeconds { get; init; }

    /// <summary>ECS member <c>perRequestTimeoutSeconds</c> (integer).</summary>
    [JsonPropertyName("perRequestTimeoutSeconds")]
    public int? PerRequestTimeoutSeconds { get; init; }
}
