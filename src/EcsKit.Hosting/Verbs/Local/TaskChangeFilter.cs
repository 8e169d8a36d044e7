using System.Collections.Concurrent;
using EcsKit.Docker;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// Tasks publish a new snapshot on every container event; a person or a program reading the output wants one line
/// per visible change (status, health, ports, stop reason), not one per event.
/// </summary>
internal sealed class TaskChangeFilter
{
    private readonly ConcurrentDictionary<string, string> _last = new(StringComparer.Ordinal);

    /// <summary>The task's line when it differs from the last one given for the task, else null.</summary>
    public string? Changed(LocalTask task)
    {
        var line = TaskRows.Line(task);
        var previous = _last.GetValueOrDefault(task.TaskId);
        if (previous == line)
        {
            return null;
        }
        _last[task.TaskId] = line;
        return line;
    }
}
