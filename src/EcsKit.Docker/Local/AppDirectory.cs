using EcsKit.Docker.Metadata;
using EcsKit.Docker.Tasks;

namespace EcsKit.Docker.Local;

/// <summary>The running application's tasks, for the metadata endpoint: which task and container a token belongs to.</summary>
internal sealed class AppDirectory(string cluster) : ITaskDirectory
{
    private readonly object _gate = new();
    private List<TaskRunner> _runners = [];

    public string Cluster { get; } = cluster;

    public IReadOnlyList<TaskEntry> Tasks => Runners.Select(r => new TaskEntry(r.Snapshot, r.Request.Definition)).ToList();

    public IReadOnlyList<TaskRunner> Runners
    {
        get
        {
            lock (_gate)
            {
                return _runners;
            }
        }
    }

    public void Add(TaskRunner runner)
    {
        lock (_gate)
        {
            _runners = [.. _runners, runner];
        }
        // Stopped tasks stay visible a while (ECS keeps them for an hour), then go, so the list stays small.
        _ = runner.Stopped.ContinueWith(
            _ => Task.Delay(TimeSpan.FromMinutes(5)).ContinueWith(_ => Remove(runner), TaskScheduler.Default),
            TaskScheduler.Default);
    }

    private void Remove(TaskRunner runner)
    {
        lock (_gate)
        {
            _runners = _runners.Where(r => !ReferenceEquals(r, runner)).ToList();
        }
    }

    public (TaskEntry Entry, LocalContainer Container)? Find(string token)
    {
        foreach (var runner in Runners)
        {
            if (runner.FindToken(token) is { } found)
            {
                return (new TaskEntry(runner.Snapshot, runner.Request.Definition), found.Container);
            }
        }
        return null;
    }
}
