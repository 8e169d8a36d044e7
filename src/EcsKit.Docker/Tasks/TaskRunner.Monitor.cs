using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Tasks;

internal sealed partial class TaskRunner
{
    private bool _stopping;

    /// <summary>Watches the running task until an essential container exits or someone asks it to stop.</summary>
    private async Task<StopRequest?> MonitorAsync()
    {
        while (true)
        {
            var message = await _inbox.Reader.ReadAsync().ConfigureAwait(false);
            if (await HandleAsync(message).ConfigureAwait(false) is { } stop)
            {
                return stop;
            }
        }
    }

    /// <summary>Applies one inbox message to the task's state; a stop request when the task must stop.</summary>
    private async Task<StopRequest?> HandleAsync(object? message)
    {
        switch (message)
        {
            case StopRequest stop:
                return stop;
            case RecheckRequest:
                return await RecheckWithEngineAsync().ConfigureAwait(false);
            case ContainerEvent e when e.ContainerId == _pauseId:
                return e.Action is "die" or "destroy" && !_stopping
                    ? new StopRequest(LocalStatus.EssentialContainerExited, "The task's network namespace (its pause container) exited")
                    : null;
            case ContainerEvent e:
                var run = _containers.FirstOrDefault(c => c.Id == e.ContainerId);
                return run is null ? null : await OnContainerEventAsync(run, e).ConfigureAwait(false);
            default:
                return null;
        }
    }

    private async Task<StopRequest?> OnContainerEventAsync(ContainerRun run, ContainerEvent e)
    {
        if (e.Health is { } health)
        {
            run.Health = health == "healthy" ? LocalStatus.Healthy : health == "unhealthy" ? LocalStatus.Unhealthy : LocalStatus.Unknown;
            Publish();
            return null;
        }
        switch (e.Action)
        {
            case "oom":
                run.OutOfMemory = true;
                return null;
            case "start" when run.Status == LocalStatus.Stopped:
                run.Status = LocalStatus.Running;
                Publish();
                return null;
            case "die" or "destroy" when run.Status != LocalStatus.Stopped:
                return await ExitedAsync(run, e.ExitCode ?? (e.Action == "destroy" ? 137 : null)).ConfigureAwait(false);
            default:
                return null;
        }
    }

    /// <summary>A container stopped: record how, restart it in place when its restart policy says so, and stop the task when it was essential.</summary>
    private async Task<StopRequest?> ExitedAsync(ContainerRun run, int? exitCode)
    {
        run.Status = LocalStatus.Stopped;
        run.ExitCode = exitCode;
        run.FinishedAt = DateTimeOffset.UtcNow;
        run.Health = run.Definition.HealthCheck is null ? LocalStatus.Unknown : run.Health;
        if (run.OutOfMemory || (exitCode == 137 && await IsOutOfMemoryAsync(run).ConfigureAwait(false)))
        {
            run.Reason = LocalStatus.OutOfMemoryReason;
        }
        if (!_stopping && ShouldRestart(run))
        {
            run.RestartCount++;
            run.Status = LocalStatus.Running;
            run.ExitCode = null;
            run.Reason = null;
            run.StartedAt = DateTimeOffset.UtcNow;
            await _context.Engine.Client.Containers.StartContainerAsync(run.Id!, new global::Docker.DotNet.Models.ContainerStartParameters()).ConfigureAwait(false);
            Publish();
            return null;
        }
        Publish();
        if (run.Essential && !_stopping)
        {
            Publish(t => t with { ExecutionStoppedAt = DateTimeOffset.UtcNow });
            return new StopRequest(LocalStatus.EssentialContainerExited, LocalStatus.EssentialContainerExitedReason);
        }
        return null;
    }

    // ECS restarts a container in place only after it ran for restartAttemptPeriod (300 s unless set), and not for ignored exit codes.
    private static bool ShouldRestart(ContainerRun run)
    {
        if (run.Definition.RestartPolicy is not { Enabled: true } policy || run.StartedAt is not { } started)
        {
            return false;
        }
        var period = TimeSpan.FromSeconds(policy.RestartAttemptPeriod ?? 300);
        return DateTimeOffset.UtcNow - started >= period && !(policy.IgnoredExitCodes ?? []).Contains(run.ExitCode ?? -1);
    }

    // The oom event does not always reach the stream before die (cgroup v2): ask the engine once.
    private async Task<bool> IsOutOfMemoryAsync(ContainerRun run)
    {
        try
        {
            var inspect = await _context.Engine.Client.Containers.InspectContainerAsync(run.Id!).ConfigureAwait(false);
            return inspect.State?.OOMKilled == true;
        }
        catch (global::Docker.DotNet.DockerContainerNotFoundException)
        {
            return false;
        }
    }

    /// <summary>After the engine came back: every container the task believes running is asked about; what died meanwhile counts as exited.</summary>
    private async Task<StopRequest?> RecheckWithEngineAsync()
    {
        foreach (var run in _containers.Where(c => c.Id is not null && c.Status == LocalStatus.Running).ToList())
        {
            int? exitCode;
            try
            {
                var state = (await _context.Engine.Client.Containers.InspectContainerAsync(run.Id!).ConfigureAwait(false)).State;
                if (state?.Running == true)
                {
                    continue;
                }
                exitCode = (int?)state?.ExitCode;
                run.OutOfMemory |= state?.OOMKilled == true;
            }
            catch (global::Docker.DotNet.DockerContainerNotFoundException)
            {
                exitCode = 137;
            }
            if (await ExitedAsync(run, exitCode).ConfigureAwait(false) is { } stop)
            {
                return stop;
            }
        }
        return null;
    }
}
