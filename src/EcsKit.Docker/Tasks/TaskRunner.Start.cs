using Docker.DotNet.Models;

namespace EcsKit.Docker.Tasks;

internal sealed partial class TaskRunner
{
    private List<ContainerRun> _order = [];

    /// <summary>
    /// Starts every container as soon as its dependsOn conditions hold; independent containers start together.
    /// A condition that can no longer hold, or is not met within the dependency's startTimeout, fails the task.
    /// </summary>
    private async Task<StopRequest?> StartContainersAsync()
    {
        _order = DependencyOrder.Sort(_request.Definition).Select(d => _containers.First(c => ReferenceEquals(c.Definition, d))).ToList();
        var pending = _order.ToList();
        while (pending.Count > 0)
        {
            DateTimeOffset? deadline = null;
            foreach (var run in pending.ToList())
            {
                var verdict = Readiness(run, DateTimeOffset.UtcNow);
                if (verdict.Failure is { } failure)
                {
                    run.Reason = failure;
                    return new StopRequest(LocalStatus.TaskFailedToStart, failure);
                }
                if (verdict.Ready)
                {
                    await CreateAndStartAsync(run).ConfigureAwait(false);
                    pending.Remove(run);
                    Publish();
                }
                else if (verdict.Deadline is { } d && (deadline is null || d < deadline))
                {
                    deadline = d;
                }
            }
            if (pending.Count == 0)
            {
                break;
            }
            var message = await NextMessageAsync(deadline).ConfigureAwait(false);
            if (await HandleAsync(message).ConfigureAwait(false) is { } stop)
            {
                return stop;
            }
        }
        Publish(t => t with { LastStatus = LocalStatus.Running, StartedAt = DateTimeOffset.UtcNow });
        _settled.TrySetResult(Snapshot);
        return null;
    }

    private readonly record struct Verdict(bool Ready, string? Failure, DateTimeOffset? Deadline);

    /// <summary>Whether the container may start now, must wait (until when), or never can.</summary>
    private Verdict Readiness(ContainerRun run, DateTimeOffset now)
    {
        DateTimeOffset? deadline = null;
        var ready = true;
        foreach (var dependency in run.Definition.DependsOn ?? [])
        {
            var target = _containers.First(c => c.Name == dependency.ContainerName);
            var condition = dependency.Condition.ToEcsString();
            var stopped = target.Status == LocalStatus.Stopped;
            string? impossible = dependency.Condition switch
            {
                ContainerCondition.Success when stopped && target.ExitCode != 0 => $"it exited with code {target.ExitCode}",
                ContainerCondition.Healthy when target.Definition.HealthCheck is null => "it has no health check",
                ContainerCondition.Healthy when target.Health == LocalStatus.Unhealthy => "it became UNHEALTHY",
                ContainerCondition.Healthy when stopped => $"it exited with code {target.ExitCode} before it was healthy",
                ContainerCondition.Start when stopped && !target.Started => "it never started",
                _ => null,
            };
            if (impossible is not null)
            {
                return new Verdict(false, DependencyFailure(run, target, condition, impossible), null);
            }
            var met = dependency.Condition switch
            {
                ContainerCondition.Start => target.Started,
                ContainerCondition.Complete => stopped,
                ContainerCondition.Success => stopped && target.ExitCode == 0,
                _ => target.Health == LocalStatus.Healthy,
            };
            if (met)
            {
                continue;
            }
            ready = false;
            if (target.StartedAt is { } started && target.Definition.StartTimeout is int timeout)
            {
                var limit = started.AddSeconds(timeout);
                if (now >= limit)
                {
                    return new Verdict(false, DependencyFailure(run, target, condition, $"it did not within its startTimeout of {timeout} s"), null);
                }
                deadline = deadline is null || limit < deadline ? limit : deadline;
            }
        }
        return new Verdict(ready, null, deadline);
    }

    private static string DependencyFailure(ContainerRun dependent, ContainerRun dependency, string condition, string why) =>
        $"Container '{dependent.Name}' depends on container '{dependency.Name}' reaching {condition}, which cannot happen any more: {why}.";

    private async Task CreateAndStartAsync(ContainerRun run)
    {
        var launch = LaunchOf(run);
        var client = _context.Engine.Client;
        var created = await client.Containers.CreateContainerAsync(ContainerConfig.Create(launch)).ConfigureAwait(false);
        run.Id = created.ID;
        run.CreatedAt = DateTimeOffset.UtcNow;
        run.Watch = _context.Events.Watch(created.ID, OnEvent);
        // Published before the start: the container may ask the metadata endpoint for its own id at once.
        Publish();
        await client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters()).ConfigureAwait(false);
        run.StartedAt = DateTimeOffset.UtcNow;
        run.Status = LocalStatus.Running;
        if (run.Definition.LogConfiguration is { } log && log.LogDriver.ToEcsString() is not ("json-file" or "local"))
        {
            _context.Info($"Container '{run.Name}' of '{_request.Definition.Family}' logs with {log.LogDriver.ToEcsString()} on ECS; locally its output is kept by Docker (json-file) for `logs`.");
        }
        run.Bindings = await BindingsOfAsync(run).ConfigureAwait(false);
    }

    /// <summary>The host ports Docker gave the container's port mappings (for awsvpc, on the pause container).</summary>
    private async Task<IReadOnlyList<LocalNetworkBinding>> BindingsOfAsync(ContainerRun run)
    {
        var mappings = run.Definition.PortMappings ?? [];
        if (mappings.Count == 0)
        {
            return [];
        }
        if (Snapshot.NetworkMode == "host")
        {
            return mappings.SelectMany(m => PortPublishing.ContainerPorts(m).Select(p => new LocalNetworkBinding("0.0.0.0", p, p, PortPublishing.Protocol(m)))).ToList();
        }
        var holder = Snapshot.NetworkMode == "awsvpc" ? _pauseId : run.Id;
        if (holder is null)
        {
            return [];
        }
        var inspect = await _context.Engine.Client.Containers.InspectContainerAsync(holder).ConfigureAwait(false);
        var published = inspect.NetworkSettings?.Ports ?? new Dictionary<string, IList<PortBinding>>();
        var bindings = new List<LocalNetworkBinding>();
        foreach (var mapping in mappings)
        {
            foreach (var port in PortPublishing.ContainerPorts(mapping))
            {
                // Docker lists one binding per address family; ECS reports the IPv4 one.
                var binding = published.TryGetValue(PortPublishing.Key(port, mapping), out var list)
                    ? list?.FirstOrDefault(b => !b.HostIP.Contains(':', StringComparison.Ordinal)) ?? list?.FirstOrDefault()
                    : null;
                if (binding is not null && int.TryParse(binding.HostPort, System.Globalization.CultureInfo.InvariantCulture, out var hostPort))
                {
                    bindings.Add(new LocalNetworkBinding(binding.HostIP is { Length: > 0 } ip ? ip : "0.0.0.0", port, hostPort, PortPublishing.Protocol(mapping)));
                }
            }
        }
        return bindings;
    }

    private async Task<object?> NextMessageAsync(DateTimeOffset? deadline)
    {
        using var timeout = new CancellationTokenSource();
        if (deadline is { } d)
        {
            timeout.CancelAfter(TimeSpan.FromTicks(Math.Max((d - DateTimeOffset.UtcNow).Ticks, TimeSpan.FromMilliseconds(1).Ticks)));
        }
        try
        {
            return await _inbox.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return null;
        }
    }
}
