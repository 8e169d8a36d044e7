using System.Collections.Concurrent;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Local;

/// <summary>
/// Reads the output of an application's containers from the engine, line by line, tagged with task and container;
/// when following, containers that start later (replacement tasks) are picked up from the event stream.
/// </summary>
internal static class LogStream
{
    public static async Task RunAsync(DockerEngine engine, string app, string? serviceOrTask, bool follow, Action<LocalLogLine> onLine, CancellationToken cancellationToken)
    {
        var client = engine.Client;
        var reading = new ConcurrentDictionary<string, Task>(StringComparer.Ordinal);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var gate = new object();
        void Emit(LocalLogLine line)
        {
            lock (gate)
            {
                onLine(line);
            }
        }
        void Read(string id, IDictionary<string, string> labels)
        {
            if (Matches(labels, serviceOrTask))
            {
                reading.GetOrAdd(id, _ => Task.Run(() => ReadContainerAsync(client, id, labels, follow, Emit, stop.Token)));
            }
        }

        Task? watcher = null;
        if (follow)
        {
            var since = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            watcher = client.System.MonitorEventsAsync(
                new ContainerEventsParameters
                {
                    Since = since,
                    Filters = new Dictionary<string, IDictionary<string, bool>>
                    {
                        ["type"] = new Dictionary<string, bool> { ["container"] = true },
                        ["event"] = new Dictionary<string, bool> { ["start"] = true },
                        ["label"] = new Dictionary<string, bool> { [$"{Labels.App}={app}"] = true },
                    },
                },
                new Dispatch(m =>
                {
                    if (m.Actor?.ID is { } id && m.Actor.Attributes is { } attributes && attributes.TryGetValue(Labels.Role, out var role) && role == Labels.Roles.Container)
                    {
                        Read(id, attributes);
                    }
                }),
                stop.Token);
        }
        var containers = await client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = Labels.OfApp(app) }, cancellationToken)
            .ConfigureAwait(false);
        foreach (var container in containers.Where(c => c.Labels.TryGetValue(Labels.Role, out var role) && role == Labels.Roles.Container).OrderBy(c => c.Created))
        {
            Read(container.ID, container.Labels);
        }
        try
        {
            if (watcher is not null)
            {
                await watcher.ConfigureAwait(false);
            }
            else
            {
                await Task.WhenAll(reading.Values).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C while following.
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }

    private static bool Matches(IDictionary<string, string> labels, string? serviceOrTask) =>
        serviceOrTask is null
        || (labels.TryGetValue(Labels.Service, out var service) && service == serviceOrTask)
        || (labels.TryGetValue(Labels.Task, out var task) && task.StartsWith(serviceOrTask, StringComparison.Ordinal))
        || (labels.TryGetValue(Labels.Family, out var family) && family == serviceOrTask && !labels.ContainsKey(Labels.Service));

    /// <summary>Reads one container's output until it ends (following: until the container stops), one call of <paramref name="emit"/> per line.</summary>
    internal static async Task ReadContainerAsync(IDockerClient client, string id, IDictionary<string, string> labels, bool follow, Action<LocalLogLine> emit, CancellationToken cancellationToken)
    {
        var task = labels.TryGetValue(Labels.Task, out var t) ? t : id;
        var service = labels.TryGetValue(Labels.Service, out var s) ? s : null;
        var container = labels.TryGetValue(Labels.Container, out var c) ? c : id[..12];
        try
        {
            using var stream = await client.Containers.GetContainerLogsAsync(id, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true, Follow = follow }, cancellationToken)
                .ConfigureAwait(false);
            var buffer = new byte[16 * 1024];
            var pending = new Dictionary<bool, StringBuilder> { [false] = new(), [true] = new() };
            while (true)
            {
                var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
                if (read.EOF)
                {
                    break;
                }
                var isError = read.Target == MultiplexedStream.TargetStream.StandardError;
                var text = pending[isError].Append(Encoding.UTF8.GetString(buffer, 0, read.Count));
                var all = text.ToString();
                var lines = all.Split('\n');
                for (var i = 0; i < lines.Length - 1; i++)
                {
                    emit(new LocalLogLine(task, service, container, lines[i].TrimEnd('\r'), isError));
                }
                text.Clear().Append(lines[^1]);
            }
            foreach (var (isError, rest) in pending.Where(p => p.Value.Length > 0))
            {
                emit(new LocalLogLine(task, service, container, rest.ToString(), isError));
            }
        }
        catch (DockerContainerNotFoundException)
        {
            // The task stopped and its containers were removed while we read.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private sealed class Dispatch(Action<Message> onMessage) : IProgress<Message>
    {
        public void Report(Message value) => onMessage(value);
    }
}
