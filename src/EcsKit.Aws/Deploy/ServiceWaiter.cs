using System.Diagnostics;

namespace EcsKit.Aws;

/// <summary>
/// Polls DescribeServices until every deployed service is stable (ECS's ServicesStable rule, and the deployment
/// this deploy started is the one that completed), failed, gone, or out of time.
/// </summary>
internal sealed class ServiceWaiter(IEcsApi api, EcsDeployOptions options, IProgress<EcsDeployProgress>? progress, Stopwatch clock)
{
    private const int DescribeServicesLimit = 10;

    /// <summary>Finished services, also when a call fails midway.</summary>
    public List<EcsServiceDeployment> Finished { get; } = [];

    public async Task WaitAsync(IReadOnlyList<DeployedService> services, CancellationToken cancellationToken)
    {
        var start = clock.Elapsed;
        var waiting = new List<DeployedService>();
        var latest = new Dictionary<DeployedService, EcsServiceInfo>();
        foreach (var service in services)
        {
            if (options.WaitForSteadyState && !RunByAnotherController(service.Response))
            {
                waiting.Add(service);
                latest[service] = service.Response;
            }
            else
            {
                Finished.Add(Outcome(service, EcsServiceDeployState.NotWaited, service.Response, TimeSpan.Zero));
            }
        }
        while (waiting.Count > 0)
        {
            foreach (var group in waiting.GroupBy(s => s.Cluster).ToList())
            {
                foreach (var chunk in group.Chunk(DescribeServicesLimit))
                {
                    var described = await api.DescribeServicesAsync(group.Key, chunk.Select(s => s.ServiceName).ToList(), cancellationToken).ConfigureAwait(false);
                    foreach (var service in chunk)
                    {
                        var info = described.FirstOrDefault(d => d.ServiceName == service.ServiceName);
                        if (info is not null)
                        {
                            latest[service] = info;
                        }
                        var state = Judge(service, info);
                        Report(service, latest[service], state);
                        if (state is { } done)
                        {
                            waiting.Remove(service);
                            await FinishAsync(service, done, latest[service], clock.Elapsed - start, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }
            if (waiting.Count == 0)
            {
                break;
            }
            var remaining = options.Timeout - (clock.Elapsed - start);
            if (remaining <= TimeSpan.Zero)
            {
                foreach (var service in waiting)
                {
                    Report(service, latest[service], EcsServiceDeployState.TimedOut);
                    await FinishAsync(service, EcsServiceDeployState.TimedOut, latest[service], clock.Elapsed - start, cancellationToken).ConfigureAwait(false);
                }
                break;
            }
            await Task.Delay(remaining < options.PollInterval ? remaining : options.PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The end state of a service, or null while it is still on its way.</summary>
    internal static EcsServiceDeployState? Judge(DeployedService deployed, EcsServiceInfo? service)
    {
        if (service is null || service.Status is "DRAINING" or "INACTIVE")
        {
            return EcsServiceDeployState.Missing;
        }
        var primary = service.Deployments.FirstOrDefault(d => d.Status == "PRIMARY");
        var ours = deployed.Deployment is null ? primary : service.Deployments.FirstOrDefault(d => d.Id == deployed.Deployment.Id);
        // A failed rollout never turns into success; a deployment replaced by another (a rollback) did not succeed either.
        if (ours is null || ours.RolloutState == "FAILED" || primary is null || primary.Id != ours.Id)
        {
            return EcsServiceDeployState.Failed;
        }
        var stable = service.Deployments.Count == 1
            && service.RunningCount == service.DesiredCount
            && ours.RolloutState is null or "COMPLETED";
        return stable ? EcsServiceDeployState.Stable : null;
    }

    private static bool RunByAnotherController(EcsServiceInfo service) =>
        service.Definition.DeploymentController?.Type is DeploymentControllerType.CodeDeploy or DeploymentControllerType.External;

    private async Task FinishAsync(DeployedService service, EcsServiceDeployState state, EcsServiceInfo info, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var outcome = Outcome(service, state, info, elapsed);
        if (state != EcsServiceDeployState.Stable)
        {
            outcome = outcome with
            {
                StoppedTasks = await StoppedTasks.CollectAsync(api, service.Cluster, service.ServiceName, outcome.TaskDefinitionArn, options.MaxStoppedTasks, cancellationToken).ConfigureAwait(false),
            };
        }
        Finished.Add(outcome);
    }

    private static EcsServiceDeployment Outcome(DeployedService service, EcsServiceDeployState state, EcsServiceInfo info, TimeSpan elapsed) =>
        new(service.Cluster, service.ServiceName, state)
        {
            Service = info,
            DeploymentId = service.Deployment?.Id,
            TaskDefinitionArn = service.Deployment?.TaskDefinition ?? info.TaskDefinition,
            Elapsed = elapsed,
        };

    private void Report(DeployedService service, EcsServiceInfo info, EcsServiceDeployState? state)
    {
        var ours = info.Deployments.FirstOrDefault(d => d.Id == service.Deployment?.Id) ?? (info.Deployments.Count > 0 ? info.Deployments[0] : null);
        progress?.Report(new EcsDeployProgress(EcsResourceKind.Service, service.Name, state switch
        {
            null => EcsDeployStep.Waiting,
            EcsServiceDeployState.Stable => EcsDeployStep.Stable,
            EcsServiceDeployState.TimedOut => EcsDeployStep.TimedOut,
            _ => EcsDeployStep.Failed,
        })
        {
            Arn = info.ServiceArn,
            RunningCount = info.RunningCount,
            PendingCount = info.PendingCount,
            DesiredCount = info.DesiredCount,
            RolloutState = ours?.RolloutState,
            LatestEvent = info.Events.Count > 0 ? info.Events[0].Message : null,
            Elapsed = clock.Elapsed,
        });
    }
}
