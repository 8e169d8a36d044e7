using System.Diagnostics;
using Docker.DotNet;

namespace EcsKit.Benchmarks.Local;

/// <summary>
/// A plain shell script of `docker network create` and `docker run -d` calls, one after another, starting the same
/// containers; timed like docker-compose, then removed with `docker stop` (same stop timeout), `docker rm` and
/// `docker network rm`.
/// </summary>
internal static class ScriptScenario
{
    public static async Task RunAsync(IDockerClient client, string pauseImage, DirectoryInfo work, string run, Dictionary<string, double> results, CancellationToken cancellationToken)
    {
        var directory = work.CreateSubdirectory($"script-{run}");
        var up = Path.Combine(directory.FullName, "up.sh");
        var down = Path.Combine(directory.FullName, "down.sh");
        await File.WriteAllTextAsync(up, Up(pauseImage, run), cancellationToken);
        await File.WriteAllTextAsync(down, Down(run), cancellationToken);
        try
        {
            var (healthy, started) = await Baseline.UpAsync(client, run, "bash", [up], cancellationToken);
            results[Metric.UpScript] = EcsKitScenario.Ms(healthy);
            results[Metric.UpScriptStarted] = EcsKitScenario.Ms(started);
            var clock = Stopwatch.StartNew();
            await Shell.RunAsync("bash", [down], EcsKitScenario.Timeout, cancellationToken);
            results[Metric.DownScript] = EcsKitScenario.Ms(clock.Elapsed);
        }
        finally
        {
            await Shell.RunAsync("bash", [down], EcsKitScenario.Timeout, CancellationToken.None);
        }
    }

    public static string Network(string run) => $"ecskit-bench-sh-{run}";

    public static string Up(string pauseImage, string run)
    {
        var stop = BenchApps.StopTimeout.TotalSeconds;
        return $$"""
            #!/usr/bin/env bash
            # The benchmark's two services with plain docker commands, one after another.
            set -euo pipefail
            net={{Network(run)}}
            common=(--label {{Baseline.Label}}={{run}} --stop-timeout {{stop}})
            health=(--health-cmd '{{BenchApps.HealthCommand}}' --health-interval {{BenchApps.HealthInterval.TotalSeconds}}s --health-timeout {{BenchApps.HealthTimeout.TotalSeconds}}s --health-retries {{BenchApps.HealthRetries}})
            docker network create --label {{Baseline.Label}}={{run}} "$net" >/dev/null
            # Service a: a pause container owns the network namespace (and publishes port 80), the others join it.
            docker run -d --name "$net-pause" "${common[@]}" --network "$net" -p 80 {{pauseImage}} >/dev/null
            docker run -d --name "$net-a-httpd" "${common[@]}" --init --network "container:$net-pause" "${health[@]}" {{BenchApps.Busybox}} {{string.Join(' ', BenchApps.Httpd)}} >/dev/null
            for sidecar in sidecar1 sidecar2; do
              docker run -d --name "$net-a-$sidecar" "${common[@]}" --init --network "container:$net-pause" {{BenchApps.Busybox}} sh -c '{{BenchApps.SleepLoop[2]}}' >/dev/null
            done
            # Service b: replicas on dynamic host ports.
            for i in $(seq 1 {{BenchApps.Replicas}}); do
              docker run -d --name "$net-b-$i" "${common[@]}" --init --network "$net" -p 80 --memory 64m "${health[@]}" {{BenchApps.Busybox}} {{string.Join(' ', BenchApps.Httpd)}} >/dev/null
            done

            """;
    }

    public static string Down(string run) => $$"""
        #!/usr/bin/env bash
        # Removes what up.sh started (nothing when it is gone already).
        set -euo pipefail
        ids=$(docker ps -aq --filter label={{Baseline.Label}}={{run}})
        if [ -n "$ids" ]; then
          docker stop -t {{BenchApps.StopTimeout.TotalSeconds}} $ids >/dev/null
          docker rm $ids >/dev/null
        fi
        docker network ls -q --filter label={{Baseline.Label}}={{run}} | xargs -r docker network rm >/dev/null

        """;
}
