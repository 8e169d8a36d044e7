using System.Threading.Channels;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Tasks;

/// <summary>
/// Runs one task the way the ECS agent does: provision (images, secrets, volumes, the awsvpc pause container),
/// start containers as their dependencies allow, watch them, and stop the whole task when an essential container
/// exits. One actor per task: a single loop owns the task's state and reads events and requests from its inbox,
/// so nothing is shared between threads but the published snapshot.
/// </summary>
internal sealed partial class TaskRunner
{
    private readonly Channel<object> _inbox = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<LocalTask> _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<LocalTask> _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskContext _context;
    private readonly TaskLaunchRequest _request;
    private readonly List<ContainerRun> _containers;
    private readonly List<string> _taskVolumes = [];
    private LocalTask _snapshot;
    private string? _pauseId;
    private IDisposable? _pauseWatch;

    public TaskRunner(TaskContext context, TaskLaunchRequest request)
    {
        _context = context;
        _request = request;
        TaskId = Guid.NewGuid().ToString("N");
        var definition = request.Definition;
        _containers = definition.ContainerDefinitions
            .Select(c => new ContainerRun(c, DockerNames.Container(context.App, definition.Family, c.Name ?? "", TaskId)))
            .ToList();
        _snapshot = new LocalTask
        {
            TaskArn = $"arn:aws:ecs:{context.Region}:000000000000:task/{request.Cluster}/{TaskId}",
            TaskId = TaskId,
            App = context.App,
            Cluster = request.Cluster,
            Family = definition.Family,
            Revision = request.Revision,
            ServiceName = request.ServiceName,
            DefinitionHash = request.DefinitionHash,
            LaunchType = IsFargate(definition) ? "FARGATE" : "EC2",
            NetworkMode = NetworkModeOf(definition),
            Cpu = definition.Cpu,
            Memory = definition.Memory,
            LastStatus = LocalStatus.Provisioning,
            DesiredStatus = LocalStatus.Running,
            CreatedAt = DateTimeOffset.UtcNow,
            Containers = _containers.Select(c => c.Snapshot()).ToList(),
            Tags = (definition.Tags ?? []).Where(t => t.Key is not null).ToDictionary(t => t.Key!, t => t.Value ?? ""),
        };
    }

    public string TaskId { get; }

    public TaskLaunchRequest Request => _request;

    /// <summary>The latest state; replaced as a whole on every change, so readers on other threads see a consistent task.</summary>
    public LocalTask Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Raised from the runner's loop after every change of <see cref="Snapshot"/>.</summary>
    public event Action<TaskRunner, LocalTask>? Changed;

    /// <summary>Completes with the final state once the task is STOPPED and its containers are removed.</summary>
    public Task<LocalTask> Stopped => _stopped.Task;

    /// <summary>Completes once the task is RUNNING (every container started) or STOPPED, whichever comes first.</summary>
    public Task<LocalTask> Settled => _settled.Task;

    /// <summary>
    /// Awaited once every container has stopped and before they are removed, with the stopped containers' ids known:
    /// whoever reads a one-off task's output gets the last of it while the containers still exist.
    /// </summary>
    public Func<LocalTask, Task>? BeforeRemove { get; init; }

    /// <summary>The metadata endpoint token of each container, for the endpoint's directory.</summary>
    public (LocalContainer Container, string Token)? FindToken(string token)
    {
        var run = _containers.FirstOrDefault(c => c.Token == token);
        return run is null ? null : (Snapshot.Containers.First(c => c.Name == run.Name), run.Token);
    }

    public void Start() => _ = Task.Run(RunAsync);

    /// <summary>Asks the task to stop (UserInitiated, ServiceSchedulerInitiated ...); the reverse-order stop runs in the loop.</summary>
    public void Stop(string stopCode, string reason) => _inbox.Writer.TryWrite(new StopRequest(stopCode, reason));

    /// <summary>Asks the runner to compare what it believes with what the engine says (after the engine came back).</summary>
    public void Recheck() => _inbox.Writer.TryWrite(RecheckRequest.Instance);

    private async Task RunAsync()
    {
        StopRequest? stop;
        try
        {
            stop = await ProvisionAsync().ConfigureAwait(false)
                ?? await StartContainersAsync().ConfigureAwait(false)
                ?? await MonitorAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stop = new StopRequest(LocalStatus.TaskFailedToStart, Failure(e));
        }
        try
        {
            await StopAllAsync(stop).ConfigureAwait(false);
        }
        finally
        {
            // Whatever happened on the way, the task is over: the scheduler and the callers must learn it.
            if (!_stopped.Task.IsCompleted)
            {
                Publish(t => t with { LastStatus = LocalStatus.Stopped, DesiredStatus = LocalStatus.Stopped, StoppedAt = DateTimeOffset.UtcNow });
                _settled.TrySetResult(Snapshot);
                _stopped.TrySetResult(Snapshot);
            }
        }
    }

    private static string Failure(Exception e) => (e switch
    {
        global::Docker.DotNet.DockerApiException api => $"{api.StatusCode}: {api.ResponseBody?.Trim()}",
        HttpRequestException => $"the Docker engine did not answer ({e.Message.TrimEnd('.')})",
        _ => e.Message,
    }).TrimEnd('.');

    private void Publish(Func<LocalTask, LocalTask>? change = null)
    {
        var next = (change ?? (t => t))(Snapshot) with
        {
            Containers = _containers.Select(c => c.Snapshot()).ToList(),
            HealthStatus = TaskHealth(),
        };
        Volatile.Write(ref _snapshot, next);
        Changed?.Invoke(this, next);
    }

    // ECS's task health: UNHEALTHY if an essential container is, HEALTHY when every essential container with a check is.
    private string TaskHealth()
    {
        var checkedEssentials = _containers.Where(c => c.Essential && c.Definition.HealthCheck is not null).ToList();
        if (checkedEssentials.Any(c => c.Health == LocalStatus.Unhealthy))
        {
            return LocalStatus.Unhealthy;
        }
        return checkedEssentials.Count > 0 && checkedEssentials.All(c => c.Health == LocalStatus.Healthy) ? LocalStatus.Healthy : LocalStatus.Unknown;
    }

    private void OnEvent(ContainerEvent e) => _inbox.Writer.TryWrite(e);

    internal static bool IsFargate(TaskDefinition definition) =>
        definition.RequiresCompatibilities?.Contains(Compatibility.Fargate) == true;

    internal static string NetworkModeOf(TaskDefinition definition) =>
        IsFargate(definition) ? "awsvpc" : definition.NetworkMode?.ToEcsString() ?? "bridge";

    private sealed record StopRequest(string StopCode, string Reason);

    private sealed class RecheckRequest
    {
        public static readonly RecheckRequest Instance = new();
    }
}
