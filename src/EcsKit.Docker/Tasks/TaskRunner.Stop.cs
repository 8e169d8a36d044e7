using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsKit.Docker.Tasks;

internal sealed partial class TaskRunner
{
    // The ECS agent's default for ECS_CONTAINER_STOP_TIMEOUT.
    private const int DefaultStopTimeoutSeconds = 30;

    /// <summary>
    /// Stops the task: containers in the reverse of their start order, each with SIGTERM then SIGKILL after its
    /// stopTimeout, the pause container last; then removes what the task created and reports it STOPPED.
    /// </summary>
    private async Task StopAllAsync(StopRequest? stop)
    {
        _stopping = true;
        stop ??= new StopRequest(LocalStatus.TaskFailedToStart, "The task ended without a reason");
        Publish(t => t with
        {
            LastStatus = LocalStatus.Stopping,
            DesiredStatus = LocalStatus.Stopped,
            StopCode = t.StopCode ?? stop.StopCode,
            StoppedReason = t.StoppedReason ?? stop.Reason,
            StoppingAt = DateTimeOffset.UtcNow,
        });
        _settled.TrySetResult(Snapshot);
        var order = _order.Count == _containers.Count ? _order : _containers;
        foreach (var run in Enumerable.Reverse(order))
        {
            await StopContainerAsync(run).ConfigureAwait(false);
            Publish();
        }
        Publish(t => t with { LastStatus = LocalStatus.Deprovisioning, ExecutionStoppedAt = t.ExecutionStoppedAt ?? DateTimeOffset.UtcNow });
        if (BeforeRemove is { } beforeRemove)
        {
            try
            {
                await beforeRemove(Snapshot).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A reader that failed must not leave the task's containers behind.
                _context.Info($"Task {TaskId[..8]}: {e.Message}");
            }
        }
        foreach (var id in _containers.Select(c => c.Id).Append(_pauseId).OfType<string>())
        {
            await RemoveAsync(id).ConfigureAwait(false);
        }
        foreach (var run in _containers)
        {
            run.Watch?.Dispose();
            if (run.Status != LocalStatus.Stopped)
            {
                run.Status = LocalStatus.Stopped;
            }
        }
        _pauseWatch?.Dispose();
        await RemoveTaskVolumesAsync().ConfigureAwait(false);
        Publish(t => t with { LastStatus = LocalStatus.Stopped, StoppedAt = DateTimeOffset.UtcNow });
        _stopped.TrySetResult(Snapshot);
    }

    private async Task StopContainerAsync(ContainerRun run)
    {
        if (run.Id is null)
        {
            run.Status = LocalStatus.Stopped;
            return;
        }
        try
        {
            await StopAndInspectAsync(run, run.Id).ConfigureAwait(false);
        }
        catch (Exception e) when (IsEngineTrouble(e))
        {
            // The engine went away; a container of a stopped engine is not running any more.
            _context.Info($"Could not stop container '{run.Name}' of task {TaskId} cleanly: {e.Message.TrimEnd('.')}.");
        }
        run.Status = LocalStatus.Stopped;
        run.FinishedAt ??= DateTimeOffset.UtcNow;
    }

    private async Task StopAndInspectAsync(ContainerRun run, string id)
    {
        try
        {
            if (run.Status != LocalStatus.Stopped)
            {
                var seconds = run.Definition.StopTimeout ?? DefaultStopTimeoutSeconds;
                await _context.Engine.Client.Containers.StopContainerAsync(id, new ContainerStopParameters { WaitBeforeKillSeconds = (uint)Math.Max(seconds, 0) })
                    .ConfigureAwait(false);
            }
            // The engine is the authority on how the container ended, whatever events arrived.
            var state = (await _context.Engine.Client.Containers.InspectContainerAsync(id).ConfigureAwait(false)).State;
            run.ExitCode ??= (int?)state?.ExitCode;
            if (state?.OOMKilled == true)
            {
                run.Reason ??= LocalStatus.OutOfMemoryReason;
            }
        }
        catch (DockerContainerNotFoundException)
        {
            run.ExitCode ??= 137;
        }
    }

    private static bool IsEngineTrouble(Exception e) => e is DockerApiException or HttpRequestException or IOException or TimeoutException;

    /// <summary>Removes a container; while the engine does not answer it tries again for a while, then leaves it to `down`.</summary>
    private async Task RemoveAsync(string id)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _context.Engine.Client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true })
                    .ConfigureAwait(false);
                return;
            }
            catch (DockerContainerNotFoundException)
            {
                return;
            }
            catch (Exception e) when (IsEngineTrouble(e) && attempt < 30)
            {
                await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            }
            catch (Exception e) when (IsEngineTrouble(e))
            {
                _context.Info($"Could not remove container {id[..12]} of task {TaskId}: {e.Message.TrimEnd('.')}; `down` removes it.");
                return;
            }
        }
    }
}
