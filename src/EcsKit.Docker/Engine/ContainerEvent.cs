namespace EcsKit.Docker.Engine;

/// <summary>A Docker container event: <c>start</c>, <c>die</c> (with exitCode), <c>oom</c>, <c>health_status: healthy</c> ...</summary>
internal sealed record ContainerEvent(string ContainerId, string Action, IReadOnlyDictionary<string, string> Attributes)
{
    public int? ExitCode => Attributes.TryGetValue("exitCode", out var code) && int.TryParse(code, out var value) ? value : null;

    /// <summary>The health status a <c>health_status: ...</c> event reports, or null for other events.</summary>
    public string? Health => Action.StartsWith("health_status:", StringComparison.Ordinal) ? Action["health_status:".Length..].Trim() : null;
}
