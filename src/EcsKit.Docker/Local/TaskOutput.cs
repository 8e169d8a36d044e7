using System.Collections.Concurrent;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Local;

/// <summary>
/// The output of one one-off task, read container by container as each starts, and read to its end before the
/// containers are removed: a task that prints and exits at once loses nothing to the removal that follows its stop.
/// </summary>
internal sealed class TaskOutput(DockerEngine engine, Action<LocalLogLine> onLine)
{
    // Generous: the containers have stopped when the rest is read, so the engine only sends what is already written.
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Task> _readers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Starts reading every container of the task that runs (or ran) and is not read yet.</summary>
    public void Observe(LocalTask task)
    {
        foreach (var container in task.Containers)
        {
            if (container.RuntimeId is { } id && container.LastStatus is LocalStatus.Running or LocalStatus.Stopped)
            {
                Read(task, container, id);
            }
        }
    }

    /// <summary>Reads what is left of every container's output; the containers have stopped, so each read ends.</summary>
    public async Task DrainAsync(LocalTask task)
    {
        foreach (var container in task.Containers)
        {
            if (container.RuntimeId is { } id)
            {
                Read(task, container, id);
            }
        }
        await Task.WhenAll(_readers.Values).WaitAsync(DrainTimeout).ConfigureAwait(false);
    }

    private void Read(LocalTask task, LocalContainer container, string id)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { [Labels.Task] = task.TaskId, [Labels.Container] = container.Name };
        if (task.ServiceName is { } service)
        {
            labels[Labels.Service] = service;
        }
        _readers.GetOrAdd(id, _ => Task.Run(() => LogStream.ReadContainerAsync(engine.Client, id, labels, follow: true, Emit, CancellationToken.None)));
    }

    // Lines of different containers arrive on different threads; the receiver sees one at a time.
    private void Emit(LocalLogLine line)
    {
        lock (_gate)
        {
            onLine(line);
        }
    }
}
