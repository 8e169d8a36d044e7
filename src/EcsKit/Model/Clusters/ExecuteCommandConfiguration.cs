using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ExecuteCommandConfiguration</c>.</summary>
public sealed record ExecuteCommandConfiguration : EcsObject
{
    /// <summary>ECS member <c>kmsKeyId</c> (string).</summary>
    [JsonPropertyName("kmsKeyId")]
    public string? KmsKeyId { get; init; }

    /// <summary>ECS member <c>logging</c> (enum).</summary>
    [JsonPropertyName("logging")]
    public ExecuteCommandLogging? Logging { get; init; }

    /// <summary>ECS member <c>logConfiguration</c> (structure).</summary>
    [JsonPropertyName("logConfiguration")]
    public ExecuteCommandLogConfiguration? LogConfiguration { get; init; }
}
