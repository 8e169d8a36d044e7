namespace EcsKit.Aws;

/// <summary>What a deploy did and how its services ended up.</summary>
/// <param name="App">The application's name.</param>
/// <param name="Status">Succeeded only when every call was accepted and every touched service became stable.</param>
/// <param name="Changes">The changes made, in the order they were made (unchanged resources are not listed).</param>
/// <param name="Services">Per created or updated service, how waiting for it ended.</param>
public sealed record EcsDeployResult(string App, EcsDeployStatus Status, IReadOnlyList<EcsAppliedChange> Changes, IReadOnlyList<EcsServiceDeployment> Services)
{
    /// <summary>Whether the deploy succeeded.</summary>
    public bool Succeeded => Status == EcsDeployStatus.Succeeded;

    /// <summary>The call ECS refused, when that is what stopped the deploy; the changes listed before it were made.</summary>
    public EcsApiException? Error { get; init; }

    /// <summary>How long the deploy took.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>How a deploy ended.</summary>
public enum EcsDeployStatus
{
    /// <summary>Every change was made and every touched service is stable.</summary>
    Succeeded,

    /// <summary>ECS refused a call, or a service deployment failed (circuit breaker, rollback) or went away.</summary>
    Failed,

    /// <summary>No deployment failed, but a service was not stable within <see cref="EcsDeployOptions.Timeout"/>.</summary>
    TimedOut,
}

/// <summary>A change a deploy made.</summary>
/// <param name="Kind">Cluster, task definition or service.</param>
/// <param name="Name">As in the plan: cluster name, task definition family, or <c>cluster/service</c>.</param>
/// <param name="Action">Create or update (for a task definition: a new revision registered).</param>
/// <param name="Arn">The ARN of what was created, registered or updated; null when nothing was changed.</param>
/// <param name="Note">Why the change differs from the plan's, when it does (a service updated to run a new revision, a change ECS cannot make through these calls).</param>
public sealed record EcsAppliedChange(EcsResourceKind Kind, string Name, EcsChangeAction Action, string? Arn, string? Note = null);

/// <summary>How waiting for one created or updated service ended.</summary>
/// <param name="Cluster">The service's cluster.</param>
/// <param name="ServiceName">The service's name.</param>
/// <param name="State">Stable, failed, timed out, gone, or not waited for.</param>
public sealed record EcsServiceDeployment(string Cluster, string ServiceName, EcsServiceDeployState State)
{
    /// <summary>The service as DescribeServices last reported it (deployments, counts, events), or as CreateService or UpdateService answered.</summary>
    public EcsServiceInfo? Service { get; init; }

    /// <summary>The id of the deployment this deploy started (the PRIMARY deployment after CreateService or UpdateService).</summary>
    public string? DeploymentId { get; init; }

    /// <summary>The task definition ARN that deployment rolls out.</summary>
    public string? TaskDefinitionArn { get; init; }

    /// <summary>For a service that did not become stable: its recently stopped tasks, newest first, with stop codes, reasons and container exit codes.</summary>
    public IReadOnlyList<EcsTaskInfo> StoppedTasks { get; init; } = [];

    /// <summary>How long the service took to reach <see cref="State"/>, from the start of the wait.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>How waiting for a service ended.</summary>
public enum EcsServiceDeployState
{
    /// <summary>One deployment, COMPLETED (or without a rollout state), running as many tasks as desired (the ServicesStable rule).</summary>
    Stable,

    /// <summary>The deployment failed (rollout state FAILED, the circuit breaker) or was replaced by another one (a rollback).</summary>
    Failed,

    /// <summary>Still not stable when the timeout passed.</summary>
    TimedOut,

    /// <summary>The service went away while waiting: missing, DRAINING or INACTIVE.</summary>
    Missing,

    /// <summary>Not waited for: waiting was turned off, or the service's deployments are run by CodeDeploy or an external controller.</summary>
    NotWaited,
}
