namespace EcsKit;

public sealed partial class ContainerBuilder
{
    /// <summary>A health check (<c>healthCheck</c>) in Docker's two-part form, such as <c>("CMD-SHELL", "curl -f http://localhost/ || exit 1")</c>.</summary>
    /// <param name="kind"><c>CMD-SHELL</c> (run through the container's shell) or <c>CMD</c> (exec form).</param>
    /// <param name="command">The command line.</param>
    /// <param name="interval">Time between checks (ECS default 30 s).</param>
    /// <param name="timeout">Time a check may take before it counts as failed (ECS default 5 s).</param>
    /// <param name="retries">Consecutive failures before the container is unhealthy (ECS default 3).</param>
    /// <param name="startPeriod">Grace period after start during which failures do not count (ECS default 0).</param>
    public ContainerBuilder HealthCheck(string kind, string command, TimeSpan? interval = null, TimeSpan? timeout = null, int? retries = null, TimeSpan? startPeriod = null) =>
        HealthCheck([Guard.NotEmpty(kind, Owner, nameof(kind)), Guard.NotEmpty(command, Owner, nameof(command))], interval, timeout, retries, startPeriod);

    /// <summary>A health check (<c>healthCheck</c>) with the full command array, for example <c>["CMD", "/bin/check", "--quick"]</c>.</summary>
    public ContainerBuilder HealthCheck(IEnumerable<string> command, TimeSpan? interval = null, TimeSpan? timeout = null, int? retries = null, TimeSpan? startPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        var check = new HealthCheck
        {
            Command = [.. command],
            Interval = interval is { } i ? Guard.Seconds(i, Owner, nameof(interval)) : null,
            Timeout = timeout is { } t ? Guard.Seconds(t, Owner, nameof(timeout)) : null,
            Retries = retries,
            StartPeriod = startPeriod is { } s ? Guard.Seconds(s, Owner, nameof(startPeriod)) : null,
        };
        return With(c => c with { HealthCheck = check });
    }
}
