namespace EcsKit.Aws.Tests.FakeEcs;

public sealed partial class FakeEcsState
{
    public const string CircuitBreakerReason = "ECS deployment circuit breaker: tasks failed to start.";

    /// <summary>One step of simulated time for a service that DescribeServices looks at.</summary>
    private void Progress(FakeService service)
    {
        AdvanceStopping(service);
        if (service.Status == "DRAINING")
        {
            if (!Tasks.Any(t => t.Group == "service:" + service.Name && t.ClusterArn == service.Cluster.Arn && t.IsLive))
            {
                service.Status = "INACTIVE";
            }
            return;
        }
        if (service.Status != "ACTIVE")
        {
            return;
        }
        var primary = service.Primary;
        if (primary.RolloutState != "IN_PROGRESS")
        {
            // A settled deployment whose desired count changed converges at once.
            if (primary.RolloutState == "COMPLETED" && Count(primary, "RUNNING") != primary.DesiredCount)
            {
                ScaleTo(service, primary, primary.DesiredCount);
                Event(service, $"(service {service.Name}) has reached a steady state.");
            }
            return;
        }
        primary.Describes++;
        primary.UpdatedAt = Now;
        switch (primary.Script)
        {
            case ServiceScript.Stabilizing stabilizing:
                if (primary.Describes == 1)
                {
                    Launch(service, primary, primary.DesiredCount, "PENDING");
                }
                if (primary.Describes >= stabilizing.Describes)
                {
                    Complete(service, primary);
                }
                break;
            case ServiceScript.Failing failing:
                FailTasks(service, primary, failing);
                break;
            case ServiceScript.Stalled stalled:
                if (primary.Describes == 1)
                {
                    if (stalled.EventMessage is { } message)
                    {
                        Event(service, message.Replace("{service}", service.Name, StringComparison.Ordinal));
                    }
                    else
                    {
                        Launch(service, primary, primary.DesiredCount, "PENDING");
                    }
                }
                break;
        }
    }

    private void Complete(FakeService service, FakeDeployment deployment)
    {
        foreach (var task in Tasks.Where(t => t.StartedBy == deployment.Id && t.LastStatus == "PENDING"))
        {
            task.LastStatus = "RUNNING";
            task.StartedAt = Now;
        }
        ScaleTo(service, deployment, deployment.DesiredCount);
        foreach (var old in service.Deployments.Where(d => d != deployment).ToList())
        {
            ScaleTo(service, old, 0, $"Scaling activity initiated by (deployment {deployment.Id})");
            service.Deployments.Remove(old);
        }
        deployment.RolloutState = "COMPLETED";
        deployment.RolloutStateReason = $"ECS deployment {deployment.Id} completed.";
        Event(service, $"(service {service.Name}) (deployment {deployment.Id}) deployment completed.");
        Event(service, $"(service {service.Name}) has reached a steady state.");
    }

    private void FailTasks(FakeService service, FakeDeployment deployment, ServiceScript.Failing failing)
    {
        var launched = Launch(service, deployment, Math.Max(1, deployment.DesiredCount), "PENDING");
        var failingContainer = failing.Container ?? deployment.TaskDefinition.ContainerNames.First();
        foreach (var task in launched)
        {
            task.LastStatus = "STOPPED";
            task.DesiredStatus = "STOPPED";
            task.StopCode = failing.StopCode;
            task.StoppedReason = failing.StoppedReason;
            task.StoppedAt = Now;
            foreach (var container in deployment.TaskDefinition.ContainerNames)
            {
                task.Exits[container] = container == failingContainer ? (failing.ExitCode, failing.ContainerReason) : (null, null);
            }
        }
        deployment.FailedTasks += launched.Count;
        // ECS's circuit breaker threshold: half the desired count, at least 3 and at most 200.
        var threshold = Math.Clamp((deployment.DesiredCount + 1) / 2, 3, 200);
        if (!service.CircuitBreaker || deployment.FailedTasks < threshold)
        {
            return;
        }
        deployment.RolloutState = "FAILED";
        deployment.RolloutStateReason = CircuitBreakerReason;
        Event(service, $"(service {service.Name}) (deployment {deployment.Id}) deployment failed: tasks failed to start.");
        var previous = service.Deployments.Skip(1).FirstOrDefault();
        if (service.Rollback && previous is not null)
        {
            deployment.Status = "ACTIVE";
            deployment.DesiredCount = 0;
            service.Spec["taskDefinition"] = previous.TaskDefinition.Arn;
            var rollback = new FakeDeployment(NewDeploymentId(), previous.TaskDefinition, service.DesiredCount, ServiceScript.StableAfter(1), Now);
            service.Deployments.Insert(0, rollback);
            Event(service, $"(service {service.Name}) (deployment {rollback.Id}) deployment started: rolling back to {previous.TaskDefinition.Arn}.");
        }
    }

    /// <summary>Starts or stops tasks of a deployment until <paramref name="count"/> run, with ECS's events.</summary>
    private void ScaleTo(FakeService service, FakeDeployment deployment, int count, string? reason = null)
    {
        var live = Tasks.Where(t => t.StartedBy == deployment.Id && t.IsLive && t.DesiredStatus == "RUNNING").ToList();
        if (live.Count < count)
        {
            Launch(service, deployment, count - live.Count, "RUNNING");
            return;
        }
        var stopping = live.Skip(count).ToList();
        foreach (var task in stopping)
        {
            StopFakeTask(task, "ServiceSchedulerInitiated", reason ?? $"Scaling activity initiated by (deployment {deployment.Id})");
        }
        if (stopping.Count > 0)
        {
            Event(service, $"(service {service.Name}) has stopped {stopping.Count} running tasks: {string.Join(" ", stopping.Select(t => $"(task {NameOf(t.Arn)})"))}.");
        }
    }

    private List<FakeTask> Launch(FakeService service, FakeDeployment deployment, int count, string lastStatus)
    {
        var launched = Enumerable.Range(0, count)
            .Select(_ => NewTask(service.Cluster, deployment.TaskDefinition, "service:" + service.Name, deployment.Id, lastStatus))
            .ToList();
        if (launched.Count > 0)
        {
            Event(service, $"(service {service.Name}) has started {launched.Count} tasks: {string.Join(" ", launched.Select(t => $"(task {NameOf(t.Arn)})"))}.");
        }
        return launched;
    }

    private void Event(FakeService service, string message) =>
        service.Events.Insert(0, (Guid.NewGuid().ToString(), Now, message));
}
