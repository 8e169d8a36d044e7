using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ContainerRestartPolicy</c>.</summary>
public sealed record ContainerRestartPolicy : EcsObject
{
    /// <summary>ECS member <c>enabled</c> (boolean, required).</summary>
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>ECS member <c>ignoredExitCodes</c> (list of integer).</summary>
    [JsonPropertyName("ignoredExitCodes")]
    public IReadOnlyList<int>? IgnoredExitCodes { get; init; }

    /// <summary>ECS member <c>restartAttemptPeriod</c> (integer).</summary>
    [JsonPropertyName("restartAttemptPeriod")]
    public int? RestartAttemptPeriod { get; init; }
}
