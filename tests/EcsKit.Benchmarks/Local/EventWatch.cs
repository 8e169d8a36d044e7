using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsKit.Benchmarks.Local;

/// <summary>
/// The engine's container events, for timing what docker-compose, a script or Docker itself does: the same stream
/// EcsKit reacts to, so that every contender is timed the moment the engine reports, without polling delays.
/// Events older than the watch are dropped.
/// </summary>
internal sealed class EventWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Action<Message> _onEvent;
    private readonly long _notBeforeNanos;
    private readonly Task _loop;

    private EventWatch(IDockerClient client, IDictionary<string, IDictionary<string, bool>> filters, Action<Message> onEvent)
    {
        _onEvent = onEvent;
        var now = DateTimeOffset.UtcNow;
        _notBeforeNanos = (now - DateTimeOffset.UnixEpoch).Ticks * 100;
        var parameters = new ContainerEventsParameters
        {
            // From a second back, so that nothing is missed while the stream connects; older events are dropped below.
            Since = (now.ToUnixTimeSeconds() - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Filters = filters,
        };
        _loop = Task.Run(async () =>
        {
            try
            {
                await client.System.MonitorEventsAsync(parameters, new Dispatch(this), _stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
        });
    }

    /// <summary>Container events of the containers with <paramref name="label"/> (<c>key=value</c>).</summary>
    public static EventWatch ByLabel(IDockerClient client, string label, Action<Message> onEvent) =>
        new(client, Filters("label", label), onEvent);

    /// <summary>Container events of one container.</summary>
    public static EventWatch ByContainer(IDockerClient client, string id, Action<Message> onEvent) =>
        new(client, Filters("container", id), onEvent);

    /// <summary>The stream failed (the engine went away): what waits on it should stop waiting.</summary>
    public Task Loop => _loop;

    private static Dictionary<string, IDictionary<string, bool>> Filters(string kind, string value) => new(StringComparer.Ordinal)
    {
        ["type"] = new Dictionary<string, bool> { ["container"] = true },
        [kind] = new Dictionary<string, bool> { [value] = true },
    };

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is DockerApiException or IOException or HttpRequestException)
        {
            // The stream's own failure was reported to whoever waited.
        }
        _stop.Dispose();
    }

    // Delivered in order on the stream's thread.
    private sealed class Dispatch(EventWatch watch) : IProgress<Message>
    {
        public void Report(Message value)
        {
            if (value.TimeNano >= watch._notBeforeNanos)
            {
                watch._onEvent(value);
            }
        }
    }
}

/// <summary>Counts started and healthy containers from events until enough of both are seen.</summary>
internal sealed class HealthCount(int containers, int checkedContainers, Stopwatch clock)
{
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);
    private readonly HashSet<string> _healthy = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<TimeSpan> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<TimeSpan> _allStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The stopwatch's time when <c>containers</c> had started and <c>checkedContainers</c> were healthy.</summary>
    public Task<TimeSpan> Done => _done.Task;

    /// <summary>The stopwatch's time when <c>containers</c> had started, health aside.</summary>
    public Task<TimeSpan> AllStarted => _allStarted.Task;

    public string Progress
    {
        get
        {
            lock (_started)
            {
                return $"{_started.Count} of {containers} containers started, {_healthy.Count} of {checkedContainers} healthy";
            }
        }
    }

    public void On(Message message)
    {
        var id = message.Actor?.ID;
        if (id is null)
        {
            return;
        }
        lock (_started)
        {
            if (message.Action == "start")
            {
                _started.Add(id);
            }
            else if (message.Action == "health_status: healthy")
            {
                _healthy.Add(id);
            }
            if (_started.Count >= containers)
            {
                _allStarted.TrySetResult(clock.Elapsed);
            }
            if (_started.Count >= containers && _healthy.Count >= checkedContainers)
            {
                _done.TrySetResult(clock.Elapsed);
            }
        }
    }
}
