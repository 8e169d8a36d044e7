namespace EcsKit.Docker.Metadata;

/// <summary>
/// The status names of the metadata endpoint. It reports the ECS agent's own names (NONE, CREATED, RUNNING,
/// STOPPED ...) rather than the API's (PENDING, DEACTIVATING ...), so programs that compare against them locally
/// compare against what ECS gives them.
/// </summary>
internal static class AgentStatus
{
    public const string None = "NONE", Created = "CREATED", Running = "RUNNING", Stopped = "STOPPED";

    /// <summary>The task's known status: the least advanced of its containers, as the agent computes it.</summary>
    public static string KnownOf(LocalTask task) => task.LastStatus switch
    {
        LocalStatus.Provisioning => None,
        LocalStatus.Pending => task.Containers.Any(c => c.RuntimeId is not null) ? Created : None,
        // Until the last container stopped, the agent still knows the task as running (its desired status says it stops).
        LocalStatus.Running or LocalStatus.Deactivating or LocalStatus.Stopping => Running,
        LocalStatus.Deprovisioning or LocalStatus.Stopped => Stopped,
        var other => other,
    };

    /// <summary>The task's desired status: RUNNING or STOPPED, the same names in the API and the agent.</summary>
    public static string DesiredOf(LocalTask task) => task.DesiredStatus;

    public static string KnownOf(LocalContainer container) => container.LastStatus switch
    {
        LocalStatus.Pending => container.RuntimeId is not null ? Created : None,
        var other => other,
    };

    /// <summary>A container that stopped is desired stopped; the others want what their task wants.</summary>
    public static string DesiredOf(LocalTask task, LocalContainer container) =>
        container.LastStatus == LocalStatus.Stopped ? Stopped : task.DesiredStatus;
}
