using EcsKit.Docker.Tasks;

namespace EcsKit.Docker.Services;

internal sealed partial class ServiceScheduler
{
    /// <summary>One pass of the scheduler: account for stopped tasks, judge the deployment, then start and stop tasks within the limits.</summary>
    private void Reconcile()
    {
        ForgetStopped();
        var primary = _deployments[0];
        JudgeCircuitBreaker(primary);
        primary = _deployments[0];
        StopUnhealthy();

        var desired = _desiredCount;
        var configuration = _service.DeploymentConfiguration;
        var maxTotal = Math.Max(desired * (configuration?.MaximumPercent ?? 200) / 100, 1);
        var minReady = (int)Math.Ceiling(desired * (configuration?.MinimumHealthyPercent ?? 100) / 100.0);
        var total = _deployments.Sum(d => d.Live.Count());

        // Start the primary deployment's tasks, as far as maximumPercent allows and the backoff permits.
        if (primary.RolloutState != LocalDeployment.Failed && !_draining)
        {
            var wanted = Math.Min(desired - primary.Live.Count(), maxTotal - total);
            if (wanted > 0 && DateTimeOffset.UtcNow < _notBefore)
            {
                WakeAt(_notBefore);
                wanted = 0;
            }
            for (var i = 0; i < wanted; i++)
            {
                Launch(primary);
            }
        }

        // Stop older deployments' tasks: not-ready ones at once, ready ones while minimumHealthyPercent still holds.
        var ready = _deployments.Sum(d => d.Ready.Count());
        foreach (var old in _deployments.Skip(1).Concat(_draining ? [primary] : []))
        {
            foreach (var runner in old.Live.OrderBy(t => old.IsReady(t.Snapshot)).ToList())
            {
                var isReady = old.IsReady(runner.Snapshot);
                if (!_draining && isReady && ready - 1 < minReady)
                {
                    break;
                }
                runner.Stop(LocalStatus.ServiceSchedulerInitiated, _draining ? "Scaling activity initiated by (deployment " + old.Id + ")" : "Deployment replaced this task");
                ready -= isReady ? 1 : 0;
            }
        }

        // Scale-in of the primary deployment: extra tasks go, not-ready ones first.
        if (!_draining)
        {
            var live = primary.Live.OrderBy(t => primary.IsReady(t.Snapshot)).ToList();
            foreach (var extra in live.Take(Math.Max(live.Count - desired, 0)))
            {
                extra.Stop(LocalStatus.ServiceSchedulerInitiated, "Scaling activity initiated by (deployment " + primary.Id + ")");
            }
        }

        // Older deployments with nothing left are done; the primary completes when it alone runs the desired count, ready.
        _deployments.RemoveAll(d => !ReferenceEquals(d, primary) && d.Tasks.Count == 0);
        if (primary.RolloutState == LocalDeployment.InProgress && _deployments.Count == 1 && primary.Ready.Count() == desired && primary.Live.Count() == desired
            && Settled(primary))
        {
            primary.RolloutState = LocalDeployment.Completed;
            primary.RolloutStateReason = "ECS deployment " + primary.Id + " completed.";
            Event($"(service {Name}) has reached a steady state.");
        }
        Publish(_draining ? "DRAINING" : "ACTIVE");
    }

    private bool Settled(Deployment deployment)
    {
        var readySince = deployment.Ready.Select(r => _readySince.GetValueOrDefault(r.TaskId, DateTimeOffset.UtcNow)).DefaultIfEmpty(DateTimeOffset.UtcNow).Max();
        var settledAt = readySince + Settle;
        if (settledAt <= DateTimeOffset.UtcNow)
        {
            return true;
        }
        WakeAt(settledAt);
        return false;
    }

    private void Launch(Deployment deployment)
    {
        var runner = new TaskRunner(_context, new TaskLaunchRequest(deployment.Definition, deployment.Revision, Cluster, Name));
        deployment.Tasks.Add(runner);
        Watch(runner);
        _onLaunch(runner);
        runner.Start();
        Event($"(service {Name}) has started 1 tasks: (task {runner.TaskId}).");
    }

    /// <summary>Drops STOPPED tasks, counting those that never became ready as failures (for the backoff and the circuit breaker).</summary>
    private void ForgetStopped()
    {
        foreach (var deployment in _deployments)
        {
            foreach (var runner in deployment.Tasks.Where(t => t.Snapshot.LastStatus == LocalStatus.Stopped).ToList())
            {
                deployment.Tasks.Remove(runner);
                var task = runner.Snapshot;
                var byScheduler = task.StopCode is LocalStatus.ServiceSchedulerInitiated or LocalStatus.UserInitiated;
                if (!byScheduler)
                {
                    Event($"(service {Name}) task {runner.TaskId} stopped: {task.StoppedReason?.TrimEnd('.')}{ExitDetail(task)}.");
                }
                // The circuit breaker counts every task of a rolling-out deployment that stopped on its own; the backoff
                // slows a service whose tasks stop soon after they start (ECS's task launch throttling). A task that
                // ran a while and then stopped is replaced at once.
                if (!byScheduler && deployment.RolloutState == LocalDeployment.InProgress)
                {
                    deployment.FailedTasks++;
                }
                if (!byScheduler && (task.StartedAt is not { } started || (task.StoppedAt ?? DateTimeOffset.UtcNow) - started < QuickFailure))
                {
                    _consecutiveFailures++;
                    // 0 s, 1 s, 2 s, 4 s ... at most 30 s between launches.
                    var delay = _consecutiveFailures <= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, _consecutiveFailures - 2), 30));
                    _notBefore = DateTimeOffset.UtcNow + delay;
                }
                _readySince.Remove(runner.TaskId);
            }
            foreach (var runner in deployment.Ready)
            {
                _readySince.TryAdd(runner.TaskId, DateTimeOffset.UtcNow);
            }
            foreach (var runner in deployment.Live.Where(r => !deployment.IsReady(r.Snapshot)))
            {
                _readySince.Remove(runner.TaskId);
            }
            if (_readySince.Values.Any(since => DateTimeOffset.UtcNow - since >= QuickFailure))
            {
                _consecutiveFailures = 0;
            }
        }
    }

    /// <summary>Since when each live task has been ready without interruption.</summary>
    private readonly Dictionary<string, DateTimeOffset> _readySince = new(StringComparer.Ordinal);

    /// <summary>A task that stops sooner than this after starting counts towards the launch backoff.</summary>
    private static readonly TimeSpan QuickFailure = TimeSpan.FromSeconds(10);

    /// <summary>How long a deployment's tasks must stay ready before it is COMPLETED, so that a task that starts and crashes is not taken for a success.</summary>
    internal static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private static string ExitDetail(LocalTask task) =>
        string.Concat(task.Containers.Where(c => c.ExitCode is not null && c.Essential)
            .Select(c => $" ('{c.Name}' exit code {c.ExitCode}{(c.Reason is null ? "" : ": " + c.Reason)})"));

    /// <summary>
    /// ECS's deployment circuit breaker: a deployment fails once max(3, min(200, half the desired count)) of its tasks
    /// failed; with rollback, the last completed deployment's task definition is deployed again.
    /// </summary>
    private void JudgeCircuitBreaker(Deployment primary)
    {
        if (_service.DeploymentConfiguration?.DeploymentCircuitBreaker is not { Enable: true } breaker || primary.RolloutState != LocalDeployment.InProgress)
        {
            return;
        }
        var threshold = Math.Clamp((int)Math.Ceiling(_desiredCount * 0.5), 3, 200);
        if (primary.FailedTasks < threshold)
        {
            return;
        }
        primary.RolloutState = LocalDeployment.Failed;
        primary.RolloutStateReason = $"ECS deployment circuit breaker: tasks failed to start ({primary.FailedTasks} failed tasks of {primary.Name}).";
        Event($"(service {Name}) (deployment {primary.Id}) deployment failed: tasks failed to start.");
        var previous = _deployments.Skip(1).FirstOrDefault(d => d.RolloutState == LocalDeployment.Completed) ?? _lastCompleted;
        if (breaker.Rollback && previous is not null)
        {
            var rollback = new Deployment(previous.Definition, previous.Revision);
            _deployments.Insert(0, rollback);
            Volatile.Write(ref _primaryRevision, rollback.Revision);
            _consecutiveFailures = 0;
            _notBefore = DateTimeOffset.MinValue;
            Event($"(service {Name}) rolling back to deployment {previous.Id} ({previous.Name}).");
        }
    }

    private Deployment? _lastCompleted;

    /// <summary>ECS replaces a service task whose essential container's health check reports UNHEALTHY.</summary>
    private void StopUnhealthy()
    {
        foreach (var runner in _deployments.SelectMany(d => d.Live).Where(t => t.Snapshot.HealthStatus == LocalStatus.Unhealthy).ToList())
        {
            Event($"(service {Name}) (task {runner.TaskId}) failed container health checks.");
            runner.Stop(LocalStatus.ServiceSchedulerInitiated, "Task failed container health checks");
        }
    }

    private void WakeAt(DateTimeOffset when)
    {
        var delay = when - DateTimeOffset.UtcNow;
        _ = Task.Delay(delay > TimeSpan.Zero ? delay : TimeSpan.Zero).ContinueWith(_ => _inbox.Writer.TryWrite(TaskChanged.Instance), TaskScheduler.Default);
    }

    private void Publish(string status)
    {
        var next = BuildSnapshot(status);
        Volatile.Write(ref _snapshot, next);
        Changed?.Invoke(next);
    }

    private LocalService BuildSnapshot(string status = "ACTIVE")
    {
        if (_deployments.Count > 0 && _deployments[0].RolloutState == LocalDeployment.Completed)
        {
            _lastCompleted = _deployments[0];
        }
        var tasks = _deployments.SelectMany(d => d.Tasks).Select(t => t.Snapshot).Where(t => t.LastStatus != LocalStatus.Stopped).ToList();
        return new LocalService
        {
            ServiceName = Name,
            Cluster = Cluster,
            Status = status,
            DesiredCount = _desiredCount,
            RunningCount = tasks.Count(t => t.LastStatus == LocalStatus.Running && t.DesiredStatus == LocalStatus.Running),
            PendingCount = tasks.Count(t => t.LastStatus is LocalStatus.Provisioning or LocalStatus.Pending),
            Deployments = _deployments.Select((d, i) => new LocalDeployment
            {
                Id = d.Id,
                Status = i == 0 ? "PRIMARY" : "ACTIVE",
                TaskDefinition = d.Name,
                RolloutState = d.RolloutState,
                RolloutStateReason = d.RolloutStateReason,
                RunningCount = d.Tasks.Count(t => t.Snapshot.LastStatus == LocalStatus.Running),
                PendingCount = d.Tasks.Count(t => t.Snapshot.LastStatus is LocalStatus.Provisioning or LocalStatus.Pending),
                FailedTasks = d.FailedTasks,
            }).ToList(),
            Tasks = tasks,
            Events = _events.ToList(),
        };
    }
}
