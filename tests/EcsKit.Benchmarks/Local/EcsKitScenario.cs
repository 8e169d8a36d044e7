using System.Diagnostics;
using Docker.DotNet.Models;
using EcsKit.Docker;

namespace EcsKit.Benchmarks.Local;

/// <summary>EcsKit in this process: up until healthy, until stable, a killed task's replacement, down.</summary>
internal static class EcsKitScenario
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(LocalDocker docker, string name, Dictionary<string, double> run, CancellationToken cancellationToken)
    {
        var app = BenchApps.TwoServices(name);
        var clock = Stopwatch.StartNew();
        var local = await docker.UpAsync(app, cancellationToken);
        try
        {
            var running = AppWatch.UntilAsync(local, AppWatch.AllRunning(BenchApps.TwoServicesCounts), clock, Timeout, cancellationToken);
            run[Metric.UpEcsKit] = Ms(await AppWatch.UntilAsync(local, AppWatch.AllHealthy(BenchApps.TwoServicesCounts), clock, Timeout, cancellationToken));
            run[Metric.UpEcsKitRunning] = Ms(await running);
            await local.WaitStableAsync(Timeout, cancellationToken);
            run[Metric.UpStable] = Ms(clock.Elapsed);

            await ReplaceAsync(docker, local, run, cancellationToken);
            await local.WaitStableAsync(Timeout, cancellationToken);

            clock.Restart();
            await local.DownAsync().WaitAsync(Timeout, cancellationToken);
            run[Metric.DownEcsKit] = Ms(clock.Elapsed);
        }
        finally
        {
            // Does nothing after a measured down. Bounded: after a failure the sweep removes what is left by labels.
            await local.DownAsync().WaitAsync(Timeout, CancellationToken.None);
        }
    }

    /// <summary>SIGKILLs the container of one task of service "b" and times its replacement: accepted, RUNNING, HEALTHY.</summary>
    private static async Task ReplaceAsync(LocalDocker docker, LocalApp local, Dictionary<string, double> run, CancellationToken cancellationToken)
    {
        var victim = local.Services.Single(s => s.ServiceName == "b").Tasks[0];
        var before = local.Tasks.Select(t => t.TaskId).ToHashSet(StringComparer.Ordinal);
        var accepted = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var healthy = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new Stopwatch();
        void OnChange(LocalTask task)
        {
            if (task.ServiceName != "b" || before.Contains(task.TaskId))
            {
                return;
            }
            var at = clock.Elapsed;
            accepted.TrySetResult(at);
            if (task.LastStatus == LocalStatus.Running)
            {
                running.TrySetResult(at);
                if (task.HealthStatus == LocalStatus.Healthy)
                {
                    healthy.TrySetResult(at);
                }
            }
        }
        local.TaskChanged += OnChange;
        try
        {
            clock.Start();
            await docker.Engine.Client.Containers.KillContainerAsync(
                victim.Container("httpd").RuntimeId!, new ContainerKillParameters { Signal = "SIGKILL" }, cancellationToken);
            run[Metric.ReplaceAccepted] = Ms(await accepted.Task.WaitAsync(Timeout, cancellationToken));
            run[Metric.ReplaceRunning] = Ms(await running.Task.WaitAsync(Timeout, cancellationToken));
            run[Metric.ReplaceHealthy] = Ms(await healthy.Task.WaitAsync(Timeout, cancellationToken));
        }
        finally
        {
            local.TaskChanged -= OnChange;
        }
    }

    public static double Ms(TimeSpan time) => Math.Round(time.TotalMilliseconds, 1);
}
