namespace EcsKit.Aws;

/// <summary>A step of a destroy.</summary>
/// <param name="Kind">Cluster, task definition or service.</param>
/// <param name="Name">As in <see cref="EcsDestroyedResource.Name"/>.</param>
/// <param name="Step">What is happening.</param>
public sealed record EcsDestroyProgress(EcsResourceKind Kind, string Name, EcsDestroyStep Step)
{
    /// <summary>For <see cref="EcsDestroyStep.Finished"/>: how it ended.</summary>
    public EcsDestroyedResource? Finished { get; init; }
}

/// <summary>The steps a destroy reports.</summary>
public enum EcsDestroyStep
{
    /// <summary>UpdateService to a desired count of 0.</summary>
    ScalingToZero,

    /// <summary>DeleteService or DeleteCluster.</summary>
    Deleting,

    /// <summary>Waiting for a deleted service's tasks to stop (DRAINING to INACTIVE).</summary>
    Draining,

    /// <summary>DeregisterTaskDefinition.</summary>
    Deregistering,

    /// <summary>The resource is done with; see <see cref="EcsDestroyProgress.Finished"/>.</summary>
    Finished,
}
