using System.Diagnostics;
using EcsKit.Docker;

namespace EcsKit.Benchmarks.Local;

/// <summary>Waits for a state of an EcsKit application by its <see cref="LocalApp.TaskChanged"/> events, timed on a stopwatch.</summary>
internal static class AppWatch
{
    /// <summary>Every service has its count of tasks RUNNING and HEALTHY.</summary>
    public static Func<IReadOnlyList<LocalTask>, bool> AllHealthy(IReadOnlyDictionary<string, int> counts) =>
        tasks => counts.All(s => tasks.Count(t => t.ServiceName == s.Key && IsUp(t) && t.HealthStatus == LocalStatus.Healthy) >= s.Value);

    /// <summary>Every service has its count of tasks RUNNING.</summary>
    public static Func<IReadOnlyList<LocalTask>, bool> AllRunning(IReadOnlyDictionary<string, int> counts) =>
        tasks => counts.All(s => tasks.Count(t => t.ServiceName == s.Key && IsUp(t)) >= s.Value);

    /// <summary>The stopwatch's time when <paramref name="condition"/> first held over the application's tasks.</summary>
    /// <exception cref="TimeoutException">It did not hold within <paramref name="timeout"/>.</exception>
    public static async Task<TimeSpan> UntilAsync(LocalApp app, Func<IReadOnlyList<LocalTask>, bool> condition, Stopwatch clock, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(LocalTask? changed)
        {
            if (!done.Task.IsCompleted && condition(app.Tasks))
            {
                done.TrySetResult(clock.Elapsed);
            }
        }
        app.TaskChanged += Check;
        try
        {
            // Changes before the subscription are not replayed: look once now.
            Check(null);
            return await done.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"'{app.Name}' did not get there within {timeout.TotalSeconds:0} s; its tasks: " +
                string.Join("; ", app.Tasks.Select(t => $"{t.ServiceName}/{t.TaskId[..8]} {t.LastStatus} {t.HealthStatus} {t.StoppedReason}")));
        }
        finally
        {
            app.TaskChanged -= Check;
        }
    }

    private static bool IsUp(LocalTask task) => task.DesiredStatus == LocalStatus.Running && task.LastStatus == LocalStatus.Running;
}
