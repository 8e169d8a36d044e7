using System.Threading.Channels;
using EcsKit.Docker.Tasks;

namespace EcsKit.Docker.Services;

/// <summary>
/// Keeps a service's desired count of tasks running, like ECS's service scheduler: it reacts to every change of
/// its tasks (which follow Docker events), replaces a stopped task at once, backs off when tasks keep failing,
/// rolls a new task definition within minimumHealthyPercent and maximumPercent, and lets the deployment circuit
/// breaker fail (and roll back) a deployment whose tasks keep failing. One actor: a single loop owns the state.
/// </summary>
internal sealed partial class ServiceScheduler
{
    private readonly Channel<object> _inbox = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskContext _context;
    private readonly Service _service;
    private readonly List<Deployment> _deployments = [];
    private readonly LinkedList<string> _events = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _loop;
    private readonly Action<TaskRunner> _onLaunch;
    private int _primaryRevision;
    private int _desiredCount;
    private bool _draining;
    private int _consecutiveFailures;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;
    private LocalService _snapshot;

    public ServiceScheduler(TaskContext context, Service service, TaskDefinition definition, int revision, Action<TaskRunner> onLaunch)
    {
        _context = context;
        _onLaunch = onLaunch;
        _service = service;
        _desiredCount = service.SchedulingStrategy == SchedulingStrategy.Daemon ? 1 : service.DesiredCount ?? 1;
        _deployments.Add(new Deployment(definition, revision));
        _primaryRevision = revision;
        _snapshot = BuildSnapshot();
        _loop = Task.Run(LoopAsync);
    }

    public string Name => _service.ServiceName;

    public string Cluster => _service.Cluster ?? "default";

    public LocalService Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Raised from the scheduler's loop after every change of <see cref="Snapshot"/>.</summary>
    public event Action<LocalService>? Changed;

    /// <summary>The revision the primary deployment rolls out.</summary>
    public int PrimaryRevision => Volatile.Read(ref _primaryRevision);

    /// <summary>Rolls the service to a new task definition revision; completes once the scheduler has taken the new deployment in.</summary>
    public Task DeployAsync(TaskDefinition definition, int revision) => Send(new DeployRequest(definition, revision));

    /// <summary>Changes the desired count; completes once the scheduler has taken it in.</summary>
    public Task ScaleAsync(int desiredCount) => Send(new ScaleRequest(desiredCount));

    private Task Send(Request request)
    {
        _inbox.Writer.TryWrite(request);
        return request.Done.Task;
    }

    /// <summary>Scales to zero, stops every task (reverse container order, stop timeouts) and completes when all are STOPPED.</summary>
    public async Task DrainAsync()
    {
        _inbox.Writer.TryWrite(DrainRequest.Instance);
        await _drained.Task.ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
    }

    /// <summary>Completes when the service is stable (ECS's ServicesStable rule) or throws after the timeout, naming what is missing.</summary>
    public async Task WaitStableAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(LocalService s)
        {
            if (s.Stable)
            {
                stable.TrySetResult();
            }
            else if (s.Deployments.Count > 0 && s.Deployments[0].RolloutState == LocalDeployment.Failed && s.Deployments.Count == 1)
            {
                stable.TrySetException(new LocalDockerException($"Service '{Name}': {s.Deployments[0].RolloutStateReason}"));
            }
        }
        Changed += Check;
        try
        {
            Check(Snapshot);
            await stable.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var s = Snapshot;
            throw new LocalDockerException(
                $"Service '{Name}' is not stable after {timeout.TotalSeconds:0} s: {s.RunningCount} of {s.DesiredCount} task(s) running" +
                (s.Events.Count > 0 ? $"; last event: {s.Events[0].TrimEnd('.')}" : "") + ".");
        }
        finally
        {
            Changed -= Check;
        }
    }

    private async Task LoopAsync()
    {
        Reconcile();
        await foreach (var message in _inbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            switch (message)
            {
                case Request request:
                    Apply(request);
                    break;
                case DrainRequest:
                    _draining = true;
                    _desiredCount = 0;
                    break;
            }
            Reconcile();
            (message as Request)?.Done.TrySetResult();
            if (_draining && _deployments.All(d => d.Tasks.Count == 0))
            {
                Publish("INACTIVE");
                _drained.TrySetResult();
                return;
            }
        }
    }

    private void Apply(Request request)
    {
        switch (request)
        {
            case DeployRequest deploy:
                _deployments.Insert(0, new Deployment(deploy.Definition, deploy.Revision));
                Volatile.Write(ref _primaryRevision, deploy.Revision);
                _consecutiveFailures = 0;
                Event($"(service {Name}) has begun a deployment of {deploy.Definition.Family}:{deploy.Revision}.");
                break;
            case ScaleRequest scale:
                _desiredCount = Math.Max(0, scale.DesiredCount);
                break;
        }
    }

    private void Watch(TaskRunner runner)
    {
        runner.Changed += (_, _) => _inbox.Writer.TryWrite(TaskChanged.Instance);
    }

    private void Event(string text)
    {
        _events.AddFirst($"{DateTimeOffset.UtcNow:HH:mm:ss} {text}");
        if (_events.Count > 50)
        {
            _events.RemoveLast();
        }
        _context.Info(text);
    }

    private abstract record Request
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record DeployRequest(TaskDefinition Definition, int Revision) : Request;

    private sealed record ScaleRequest(int DesiredCount) : Request;

    private sealed class DrainRequest
    {
        public static readonly DrainRequest Instance = new();
    }

    private sealed class TaskChanged
    {
        public static readonly TaskChanged Instance = new();
    }
}
