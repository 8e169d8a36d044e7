namespace EcsKit.Aws;

/// <summary>A step of a deploy: a change being made or made, or where a service stands while the deploy waits for it.</summary>
/// <param name="Kind">Cluster, task definition or service.</param>
/// <param name="Name">As in the plan: cluster name, task definition family, or <c>cluster/service</c>.</param>
/// <param name="Step">What happened.</param>
public sealed record EcsDeployProgress(EcsResourceKind Kind, string Name, EcsDeployStep Step)
{
    /// <summary>For <see cref="EcsDeployStep.Applying"/> and <see cref="EcsDeployStep.Applied"/>: create or update.</summary>
    public EcsChangeAction Action { get; init; }

    /// <summary>The resource's ARN, once known.</summary>
    public string? Arn { get; init; }

    /// <summary>For a service: tasks RUNNING.</summary>
    public int RunningCount { get; init; }

    /// <summary>For a service: tasks PENDING.</summary>
    public int PendingCount { get; init; }

    /// <summary>For a service: tasks it should run.</summary>
    public int DesiredCount { get; init; }

    /// <summary>For a service: the rollout state of the deployment this deploy started (IN_PROGRESS, COMPLETED, FAILED).</summary>
    public string? RolloutState { get; init; }

    /// <summary>For a service: its newest event, in ECS's words.</summary>
    public string? LatestEvent { get; init; }

    /// <summary>Time since the deploy started.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>The steps a deploy reports.</summary>
public enum EcsDeployStep
{
    /// <summary>A create, register or update call is about to be made.</summary>
    Applying,

    /// <summary>ECS accepted it.</summary>
    Applied,

    /// <summary>A service is not stable yet (reported at every poll).</summary>
    Waiting,

    /// <summary>A service became stable.</summary>
    Stable,

    /// <summary>A service's deployment failed or the service went away.</summary>
    Failed,

    /// <summary>A service was not stable in time.</summary>
    TimedOut,
}
