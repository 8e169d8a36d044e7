using System.Diagnostics;

namespace EcsKit.Aws;

/// <summary>The calls of one deploy, in order: clusters, task definitions, services.</summary>
internal sealed class DeployRun(EcsPlan plan, IEcsApi api, IProgress<EcsDeployProgress>? progress, Stopwatch clock)
{
    private readonly Dictionary<string, string> _registered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _latest = new(StringComparer.Ordinal);

    /// <summary>The changes made so far, also when a call fails midway.</summary>
    public List<EcsAppliedChange> Applied { get; } = [];

    public async Task<IReadOnlyList<DeployedService>> ApplyAsync(CancellationToken cancellationToken)
    {
        foreach (var change in Of(EcsResourceKind.Cluster))
        {
            await ApplyClusterAsync(change, (Cluster)change.Desired, cancellationToken).ConfigureAwait(false);
        }
        foreach (var change in Of(EcsResourceKind.TaskDefinition))
        {
            await ApplyTaskDefinitionAsync(change, (TaskDefinition)change.Desired, cancellationToken).ConfigureAwait(false);
        }
        var deployed = new List<DeployedService>();
        foreach (var change in Of(EcsResourceKind.Service))
        {
            if (await ApplyServiceAsync(change, (Service)change.Desired, cancellationToken).ConfigureAwait(false) is { } service)
            {
                deployed.Add(service);
            }
        }
        return deployed;
    }

    private IEnumerable<EcsPlannedChange> Of(EcsResourceKind kind) => plan.Changes.Where(c => c.Kind == kind);

    private async Task ApplyClusterAsync(EcsPlannedChange change, Cluster desired, CancellationToken cancellationToken)
    {
        switch (change.Action)
        {
            case EcsChangeAction.Create:
                Report(change, EcsDeployStep.Applying, null);
                var created = await api.CreateClusterAsync(desired with { ClusterName = desired.ClusterName ?? change.Name }, cancellationToken).ConfigureAwait(false);
                Done(change, created.ClusterArn);
                break;
            case EcsChangeAction.Update:
                // CreateCluster leaves an existing cluster as it is, and IEcsApi has no UpdateCluster: say so rather than pretend.
                Applied.Add(new EcsAppliedChange(change.Kind, change.Name, change.Action, null,
                    "not applied: an existing cluster's settings are changed with UpdateCluster, which the deploy does not call"));
                break;
        }
    }

    private async Task ApplyTaskDefinitionAsync(EcsPlannedChange change, TaskDefinition desired, CancellationToken cancellationToken)
    {
        if (change.Action == EcsChangeAction.Unchanged)
        {
            if (change.ActualArn is { } actual)
            {
                _latest[desired.Family] = actual;
            }
            return;
        }
        Report(change, EcsDeployStep.Applying, null);
        var registered = await api.RegisterTaskDefinitionAsync(EcsAppTag.Apply(desired, plan.App), cancellationToken).ConfigureAwait(false);
        _registered[desired.Family] = registered.TaskDefinitionArn;
        Done(change, registered.TaskDefinitionArn);
    }

    private async Task<DeployedService?> ApplyServiceAsync(EcsPlannedChange change, Service desired, CancellationToken cancellationToken)
    {
        var reference = desired.TaskDefinition;
        var family = reference is not null && TaskDefinitionReference.Parse(reference).Revision is null ? reference : null;
        var newRevision = family is not null && _registered.ContainsKey(family);
        var action = change.Action == EcsChangeAction.Unchanged && newRevision ? EcsChangeAction.Update : change.Action;
        if (action == EcsChangeAction.Unchanged)
        {
            return null;
        }
        // The exact revision, so that the service runs what this deploy registered (or found) even if another registers later.
        var taskDefinition = family is null ? reference : _registered.GetValueOrDefault(family) ?? _latest.GetValueOrDefault(family) ?? reference;
        var cluster = desired.Cluster ?? "default";
        Report(change, EcsDeployStep.Applying, null, action);
        var response = action == EcsChangeAction.Create
            ? await api.CreateServiceAsync(desired with { Cluster = cluster, TaskDefinition = taskDefinition }, cancellationToken).ConfigureAwait(false)
            : await api.UpdateServiceAsync(new EcsServiceUpdate(cluster, desired.ServiceName)
            {
                TaskDefinition = taskDefinition,
                DesiredCount = desired.DesiredCount,
                DeploymentConfiguration = desired.DeploymentConfiguration,
                NetworkConfiguration = desired.NetworkConfiguration,
                CapacityProviderStrategy = desired.CapacityProviderStrategy,
                PlatformVersion = desired.PlatformVersion,
                HealthCheckGracePeriodSeconds = desired.HealthCheckGracePeriodSeconds,
                LoadBalancers = desired.LoadBalancers,
                EnableExecuteCommand = desired.EnableExecuteCommand,
            }, cancellationToken).ConfigureAwait(false);
        Done(change, response.ServiceArn, action, action == change.Action ? null : $"updated to run the new revision {taskDefinition}");
        return new DeployedService(change.Name, cluster, desired.ServiceName, response);
    }

    private void Done(EcsPlannedChange change, string arn, EcsChangeAction? action = null, string? note = null)
    {
        Applied.Add(new EcsAppliedChange(change.Kind, change.Name, action ?? change.Action, arn, note));
        Report(change, EcsDeployStep.Applied, arn, action);
    }

    private void Report(EcsPlannedChange change, EcsDeployStep step, string? arn, EcsChangeAction? action = null) =>
        progress?.Report(new EcsDeployProgress(change.Kind, change.Name, step) { Action = action ?? change.Action, Arn = arn, Elapsed = clock.Elapsed });
}
