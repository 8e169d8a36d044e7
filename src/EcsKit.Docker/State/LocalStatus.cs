namespace EcsKit.Docker;

/// <summary>The status names, stop codes and reasons ECS uses, which local tasks use too.</summary>
public static class LocalStatus
{
    /// <summary>Task and container statuses.</summary>
    public const string Provisioning = "PROVISIONING", Pending = "PENDING", Running = "RUNNING", Deactivating = "DEACTIVATING",
        Stopping = "STOPPING", Deprovisioning = "DEPROVISIONING", Stopped = "STOPPED";

    /// <summary>Health statuses.</summary>
    public const string Healthy = "HEALTHY", Unhealthy = "UNHEALTHY", Unknown = "UNKNOWN";

    /// <summary>Stop codes.</summary>
    public const string TaskFailedToStart = "TaskFailedToStart", EssentialContainerExited = "EssentialContainerExited",
        UserInitiated = "UserInitiated", ServiceSchedulerInitiated = "ServiceSchedulerInitiated";

    /// <summary>The stopped reason ECS gives when an essential container exits.</summary>
    public const string EssentialContainerExitedReason = "Essential container in task exited";

    /// <summary>The container reason ECS gives for an out-of-memory kill.</summary>
    public const string OutOfMemoryReason = "OutOfMemoryError: Container killed due to memory usage";
}
