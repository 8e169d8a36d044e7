using EcsKit.Docker.Metadata;

namespace EcsKit.Docker.Tests.Metadata;

/// <summary>A task directory the test fills: tasks, and the container each token was issued to.</summary>
internal sealed class FakeTaskDirectory(string cluster = "default") : ITaskDirectory
{
    private readonly List<TaskEntry> _tasks = [];
    private readonly Dictionary<string, (string TaskArn, string Container)> _tokens = [];

    public IReadOnlyList<TaskEntry> Tasks
    {
        get
        {
            lock (_tasks)
            {
                return [.. _tasks];
            }
        }
    }

    public string Cluster => cluster;

    /// <summary>Adds or replaces the task (by ARN), as the runner does on each state change.</summary>
    public void Put(TaskEntry entry)
    {
        lock (_tasks)
        {
            _tasks.RemoveAll(t => t.Task.TaskArn == entry.Task.TaskArn);
            _tasks.Add(entry);
        }
    }

    public void Issue(string token, TaskEntry entry, string container)
    {
        Put(entry);
        lock (_tasks)
        {
            _tokens[token] = (entry.Task.TaskArn, container);
        }
    }

    public (TaskEntry Entry, LocalContainer Container)? Find(string token)
    {
        lock (_tasks)
        {
            if (!_tokens.TryGetValue(token, out var issued))
            {
                return null;
            }
            var entry = _tasks.First(t => t.Task.TaskArn == issued.TaskArn);
            return (entry, entry.Task.Container(issued.Container));
        }
    }
}
