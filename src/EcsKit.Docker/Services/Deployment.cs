using EcsKit.Docker.Tasks;

namespace EcsKit.Docker.Services;

/// <summary>The scheduler's own view of one deployment: a task definition revision and the tasks started for it.</summary>
internal sealed class Deployment(TaskDefinition definition, int revision)
{
    public string Id { get; } = $"ecs-svc/{Random.Shared.NextInt64(1_000_000_000_000_000, 9_999_999_999_999_999)}";

    public TaskDefinition Definition { get; } = definition;

    public int Revision { get; } = revision;

    public string RolloutState { get; set; } = LocalDeployment.InProgress;

    public string? RolloutStateReason { get; set; }

    public List<TaskRunner> Tasks { get; } = [];

    /// <summary>Tasks of this deployment that stopped before they were ready: what the circuit breaker counts.</summary>
    public int FailedTasks { get; set; }

    public IEnumerable<TaskRunner> Live => Tasks.Where(t => IsLive(t.Snapshot));

    public IEnumerable<TaskRunner> Ready => Tasks.Where(t => IsReady(t.Snapshot));

    /// <summary>A task counts for the service while ECS would still want it running.</summary>
    public static bool IsLive(LocalTask task) => task.DesiredStatus == LocalStatus.Running;

    /// <summary>Running, and HEALTHY when its essential containers have health checks: what minimumHealthyPercent counts.</summary>
    public bool IsReady(LocalTask task) =>
        IsLive(task) && task.LastStatus == LocalStatus.Running && (!_checked || task.HealthStatus == LocalStatus.Healthy);

    private readonly bool _checked = definition.ContainerDefinitions.Any(c => (c.Essential ?? true) && c.HealthCheck is not null);

    public string Name => $"{Definition.Family}:{Revision}";
}
