namespace EcsKit.Docker.Metadata;

/// <summary>One run of a container's health check, as Docker logged it.</summary>
/// <param name="End">When the run ended.</param>
/// <param name="ExitCode">The check command's exit code.</param>
/// <param name="Output">What the check command printed.</param>
internal sealed record HealthProbe(DateTimeOffset? End, long ExitCode, string? Output);
