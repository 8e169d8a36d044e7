using System.Collections.Concurrent;
using Docker.DotNet.Models;

namespace EcsKit.Docker.Engine;

/// <summary>
/// One stream of Docker events for an application's containers, handed to whoever watches each container.
/// Tasks react to events instead of polling, which is what lets a service replace a stopped task within a second.
/// When the engine goes away the hub reconnects and replays what it missed (events since the last one seen).
/// </summary>
internal sealed class EventHub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Action<ContainerEvent>> _watchers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly DockerEngine _engine;
    private readonly string _app;
    private readonly Action<string> _info;
    private readonly Task _loop;
    private long _since;

    public EventHub(DockerEngine engine, string app, Action<string> info)
    {
        _engine = engine;
        _app = app;
        _info = info;
        // Events from now on are replayed even if the stream connects a little later than the first container starts.
        _since = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 1;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Raised after the engine came back from an interruption, so that watchers can re-check what they hold.</summary>
    public event Action? Reconnected;

    /// <summary>Sends the container's events to <paramref name="watcher"/> until the returned handle is disposed.</summary>
    public IDisposable Watch(string containerId, Action<ContainerEvent> watcher)
    {
        _watchers[containerId] = watcher;
        return new Unwatch(this, containerId);
    }

    private async Task LoopAsync()
    {
        var interrupted = false;
        var delay = TimeSpan.FromMilliseconds(200);
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var parameters = new ContainerEventsParameters
                {
                    Since = _since.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Filters = new Dictionary<string, IDictionary<string, bool>>
                    {
                        ["type"] = new Dictionary<string, bool> { ["container"] = true },
                        ["label"] = new Dictionary<string, bool> { [$"{Labels.App}={_app}"] = true },
                    },
                };
                if (interrupted)
                {
                    await _engine.Client.System.PingAsync(_stop.Token).ConfigureAwait(false);
                    _info("The Docker engine answers again; checking every task.");
                    interrupted = false;
                    delay = TimeSpan.FromMilliseconds(200);
                    Reconnected?.Invoke();
                }
                await _engine.Client.System.MonitorEventsAsync(parameters, new Dispatch(this), _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                if (!interrupted)
                {
                    _info($"Lost the Docker engine's event stream ({e.Message}); reconnecting.");
                    interrupted = true;
                }
            }
            try
            {
                await Task.Delay(delay, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
        }
    }

    private void Deliver(Message message)
    {
        if (message.Time is long time)
        {
            _since = Math.Max(_since, time);
        }
        if (message.Actor?.ID is { } id && _watchers.TryGetValue(id, out var watcher))
        {
            watcher(new ContainerEvent(id, message.Action ?? "", (message.Actor.Attributes as IReadOnlyDictionary<string, string>) ?? new Dictionary<string, string>()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    // Progress<T> would post to the thread pool and reorder events; this delivers them in order, on the stream's thread.
    private sealed class Dispatch(EventHub hub) : IProgress<Message>
    {
        public void Report(Message value) => hub.Deliver(value);
    }

    private sealed class Unwatch(EventHub hub, string id) : IDisposable
    {
        public void Dispose() => hub._watchers.TryRemove(id, out _);
    }
}
