using System.Diagnostics;
using Docker.DotNet;

namespace EcsKit.Benchmarks.Local;

/// <summary>
/// docker-compose (1.29) with the same containers: a pause container owning service a's network namespace, httpd and
/// two sidecars joined to it with <c>network_mode: service:pause</c>, and service b scaled to its replicas on
/// dynamic host ports. Timed from <c>docker-compose up -d</c> until every container started and every checked one is
/// healthy, then <c>docker-compose down</c>.
/// </summary>
internal static class ComposeScenario
{
    public static async Task RunAsync(IDockerClient client, string pauseImage, DirectoryInfo work, string run, Dictionary<string, double> results, CancellationToken cancellationToken)
    {
        var directory = work.CreateSubdirectory($"compose-{run}");
        var file = Path.Combine(directory.FullName, "docker-compose.yml");
        await File.WriteAllTextAsync(file, ComposeFile(pauseImage, run), cancellationToken);
        var project = "ecskitbench" + run.Replace("-", "", StringComparison.Ordinal);
        string[] compose = ["-p", project, "-f", file];
        try
        {
            var (healthy, started) = await Baseline.UpAsync(client, run, "docker-compose", [.. compose, "up", "-d"], cancellationToken);
            results[Metric.UpCompose] = EcsKitScenario.Ms(healthy);
            results[Metric.UpComposeStarted] = EcsKitScenario.Ms(started);
            var clock = Stopwatch.StartNew();
            await Shell.RunAsync("docker-compose", [.. compose, "down"], EcsKitScenario.Timeout, cancellationToken);
            results[Metric.DownCompose] = EcsKitScenario.Ms(clock.Elapsed);
        }
        finally
        {
            // After a failure: down again, bounded (it does nothing after a measured down).
            await Shell.RunAsync("docker-compose", [.. compose, "down", "-t", "2"], EcsKitScenario.Timeout, CancellationToken.None);
        }
    }

    public static string ComposeFile(string pauseImage, string run)
    {
        var healthcheck = $$"""
                healthcheck:
                  test: ["CMD-SHELL", "{{BenchApps.HealthCommand}}"]
                  interval: {{BenchApps.HealthInterval.TotalSeconds}}s
                  timeout: {{BenchApps.HealthTimeout.TotalSeconds}}s
                  retries: {{BenchApps.HealthRetries}}
            """;
        var common = $$"""
                image: {{BenchApps.Busybox}}
                init: true
                stop_grace_period: {{BenchApps.StopTimeout.TotalSeconds}}s
                labels:
                  {{Baseline.Label}}: "{{run}}"
            """;
        return $$"""
            version: "2.4"
            services:
              pause:
                image: {{pauseImage}}
                ports: ["80"]
                stop_grace_period: {{BenchApps.StopTimeout.TotalSeconds}}s
                labels:
                  {{Baseline.Label}}: "{{run}}"
              httpd:
            {{common}}
                command: {{Yaml(BenchApps.Httpd)}}
                network_mode: "service:pause"
            {{healthcheck}}
              sidecar1:
            {{common}}
                command: {{Yaml(BenchApps.SleepLoop)}}
                network_mode: "service:pause"
              sidecar2:
            {{common}}
                command: {{Yaml(BenchApps.SleepLoop)}}
                network_mode: "service:pause"
              b:
            {{common}}
                command: {{Yaml(BenchApps.Httpd)}}
                ports: ["80"]
                mem_limit: 64m
                scale: {{BenchApps.Replicas}}
            {{healthcheck}}
            networks:
              default:
                labels:
                  {{Baseline.Label}}: "{{run}}"

            """;
    }

    private static string Yaml(IEnumerable<string> words) => "[" + string.Join(", ", words.Select(w => $"\"{w}\"")) + "]";
}
