using System.Diagnostics;

namespace EcsKit.Aws;

/// <summary>
/// Applies an <see cref="EcsPlan"/> to ECS: creates missing clusters, registers new task definition revisions,
/// creates and updates services, then waits until every touched service is stable.
/// </summary>
/// <remarks>
/// Unchanged resources are not called at all: deploying a plan without changes makes no request. Registered
/// revisions carry the tag <see cref="EcsAppTag.Key"/> naming the application. A service whose task definition
/// family gets a new revision in the same deploy is updated to run it, even when the plan has nothing else to
/// change on it.
/// </remarks>
public static class EcsDeployer
{
    /// <summary>Applies <paramref name="plan"/> and waits for its services.</summary>
    /// <param name="plan">What to do, from the planner.</param>
    /// <param name="api">The ECS API.</param>
    /// <param name="options">Waiting; the defaults when null.</param>
    /// <param name="progress">Receives each call made and, at every poll, where each service stands.</param>
    /// <param name="cancellationToken">Stops the deploy (ECS carries on with what it was asked).</param>
    /// <returns>
    /// The outcome: a refused call, a failed deployment or a timeout is a result that did not succeed, carrying
    /// the service as last described and its stopped tasks, not an exception.
    /// </returns>
    /// <exception cref="ArgumentException">A change's <see cref="EcsPlannedChange.Desired"/> does not match its kind.</exception>
    public static async Task<EcsDeployResult> DeployAsync(
        EcsPlan plan, IEcsApi api, EcsDeployOptions? options = null, IProgress<EcsDeployProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(api);
        options ??= new EcsDeployOptions();
        Check(plan);
        var clock = Stopwatch.StartNew();
        var run = new DeployRun(plan, api, progress, clock);
        var waiter = new ServiceWaiter(api, options, progress, clock);
        try
        {
            var deployed = await run.ApplyAsync(cancellationToken).ConfigureAwait(false);
            await waiter.WaitAsync(deployed, cancellationToken).ConfigureAwait(false);
        }
        catch (EcsApiException e)
        {
            return new EcsDeployResult(plan.App, EcsDeployStatus.Failed, run.Applied, waiter.Finished) { Error = e, Elapsed = clock.Elapsed };
        }
        var status = waiter.Finished.Any(s => s.State is EcsServiceDeployState.Failed or EcsServiceDeployState.Missing) ? EcsDeployStatus.Failed
            : waiter.Finished.Any(s => s.State == EcsServiceDeployState.TimedOut) ? EcsDeployStatus.TimedOut
            : EcsDeployStatus.Succeeded;
        return new EcsDeployResult(plan.App, status, run.Applied, waiter.Finished) { Elapsed = clock.Elapsed };
    }

    private static void Check(EcsPlan plan)
    {
        foreach (var change in plan.Changes)
        {
            var fits = change.Kind switch
            {
                EcsResourceKind.Cluster => change.Desired is Cluster,
                EcsResourceKind.TaskDefinition => change.Desired is TaskDefinition,
                EcsResourceKind.Service => change.Desired is Service,
                _ => false,
            };
            if (!fits)
            {
                throw new ArgumentException(
                    $"The plan's {change.Kind} '{change.Name}' holds a {change.Desired?.GetType().Name ?? "null"}; a {change.Kind} change holds the declared {change.Kind}.", nameof(plan));
            }
        }
    }
}
