using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsKit.Benchmarks.Local;

/// <summary>
/// Docker's own in-place restart, the baseline for EcsKit's replacement of a killed task: an httpd container with
/// restart policy <c>always</c> (and the same health check), healthy, its process SIGKILLed; timed until the engine
/// reports it started again, and healthy again. The process is killed from the host, as a crash or the kernel's OOM
/// killer would: Docker counts a `docker kill` (SIGKILL) as a manual stop and does not restart the container then.
/// </summary>
internal static class RestartScenario
{
    public static async Task RunAsync(IDockerClient client, string run, Dictionary<string, double> results, CancellationToken cancellationToken)
    {
        var created = await client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Name = $"ecskit-bench-restart-{run}",
            Image = BenchApps.Busybox,
            Cmd = [.. BenchApps.Httpd],
            Labels = new Dictionary<string, string> { [Baseline.Label] = run },
            ExposedPorts = new Dictionary<string, EmptyStruct> { ["80/tcp"] = default },
            Healthcheck = new HealthcheckConfig
            {
                Test = ["CMD-SHELL", BenchApps.HealthCommand],
                Interval = BenchApps.HealthInterval,
                Timeout = BenchApps.HealthTimeout,
                Retries = BenchApps.HealthRetries,
            },
            StopTimeout = BenchApps.StopTimeout,
            HostConfig = new HostConfig
            {
                RestartPolicy = new RestartPolicy { Name = RestartPolicyKind.Always },
                Init = true,
                PortBindings = new Dictionary<string, IList<PortBinding>> { ["80/tcp"] = [new PortBinding { HostPort = "" }] },
            },
        }, cancellationToken);
        try
        {
            var clock = new Stopwatch();
            var killed = false;
            var healthyBefore = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            var healthy = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var events = EventWatch.ByContainer(client, created.ID, message =>
            {
                if (!Volatile.Read(ref killed))
                {
                    if (message.Action == "health_status: healthy")
                    {
                        healthyBefore.TrySetResult();
                    }
                    return;
                }
                if (message.Action == "start")
                {
                    started.TrySetResult(clock.Elapsed);
                }
                else if (message.Action == "health_status: healthy" && started.Task.IsCompleted)
                {
                    healthy.TrySetResult(clock.Elapsed);
                }
            });
            await client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken);
            await healthyBefore.Task.WaitAsync(EcsKitScenario.Timeout, cancellationToken);
            var pid = (int)((await client.Containers.InspectContainerAsync(created.ID, cancellationToken)).State?.Pid
                ?? throw new InvalidOperationException("the engine did not say which process the container runs"));
            using var process = Process.GetProcessById(pid);

            Volatile.Write(ref killed, true);
            clock.Start();
            process.Kill();
            results[Metric.RestartRunning] = EcsKitScenario.Ms(await started.Task.WaitAsync(EcsKitScenario.Timeout, cancellationToken));
            results[Metric.RestartHealthy] = EcsKitScenario.Ms(await healthy.Task.WaitAsync(EcsKitScenario.Timeout, cancellationToken));
        }
        finally
        {
            await client.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
        }
    }
}
