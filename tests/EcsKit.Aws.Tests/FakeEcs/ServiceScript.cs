namespace EcsKit.Aws.Tests.FakeEcs;

/// <summary>
/// How a service deployment of the fake progresses; time is the number of DescribeServices calls that saw it.
/// A script set for a service name applies to the deployments started after it was set.
/// </summary>
public abstract record ServiceScript
{
    /// <summary>Tasks start PENDING and all run after <paramref name="describes"/> DescribeServices calls: steady state.</summary>
    public static ServiceScript StableAfter(int describes) => new Stabilizing(Math.Max(1, describes));

    /// <summary>
    /// Every describe, the deployment starts its tasks and they stop at once with <paramref name="stoppedReason"/>;
    /// with the circuit breaker on, the deployment fails once enough have (ECS's threshold: half the desired
    /// count, at least 3), and rolls back when asked to and there is something to roll back to.
    /// </summary>
    public static ServiceScript TasksKeepFailing(
        string stoppedReason, string stopCode = "EssentialContainerExited", int? exitCode = 1, string? containerReason = null, string? container = null) =>
        new Failing(stoppedReason, stopCode, exitCode, containerReason, container);

    /// <summary>Tasks never run; <paramref name="eventMessage"/> (with <c>{service}</c> for the name) is posted as a service event.</summary>
    public static ServiceScript Stuck(string? eventMessage = null) => new Stalled(eventMessage);

    public sealed record Stabilizing(int Describes) : ServiceScript;

    public sealed record Failing(string StoppedReason, string StopCode, int? ExitCode, string? ContainerReason, string? Container) : ServiceScript;

    public sealed record Stalled(string? EventMessage) : ServiceScript;
}
