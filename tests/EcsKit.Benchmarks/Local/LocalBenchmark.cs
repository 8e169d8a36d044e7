using System.Diagnostics;
using System.Globalization;
using Docker.DotNet;
using EcsKit.Docker;
using EcsKit.Docker.Images;

namespace EcsKit.Benchmarks.Local;

/// <summary>
/// <c>local [RUNS]</c>: the local Docker target against docker-compose and a plain `docker run` script on this
/// machine: up until healthy, a killed task's replacement against Docker's own restart, down, and the memory of an
/// EcsKit process running 20 tasks. One cold run first (reported apart: it includes JIT), then RUNS runs; prints a
/// table of medians and minimums with the targets. Run it with scripts/local-benchmark.sh, which installs what it needs.
/// <c>local --files</c> prints the compose file and the scripts the baselines run.
/// </summary>
internal static class LocalBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["--child", var mode, var name])
        {
            return await ChildModes.RunAsync(mode, name);
        }
        if (args is ["--files"])
        {
            // What docker-compose and the plain script are given, for reading.
            Console.WriteLine("# docker-compose.yml\n" + ComposeScenario.ComposeFile($"{PauseImage.Repository}:<tag>", "<run>"));
            Console.WriteLine("# up.sh\n" + ScriptScenario.Up($"{PauseImage.Repository}:<tag>", "<run>"));
            Console.WriteLine("# down.sh\n" + ScriptScenario.Down("<run>"));
            return 0;
        }
        var runs = 5;
        if (args.Length > 1 || (args.Length == 1 && (!int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < 1)))
        {
            await Console.Error.WriteLineAsync("usage: local [RUNS]   (RUNS ≥ 1, default 5)");
            return 2;
        }
        foreach (var program in (string[])["docker", "docker-compose", "bash"])
        {
            if (!Shell.Exists(program))
            {
                await Console.Error.WriteLineAsync($"error: '{program}' is not on the PATH: run scripts/local-benchmark.sh, which installs what the benchmark needs.");
                return 2;
            }
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var token = cancel.Token;
        var total = Stopwatch.StartNew();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var docker = await LocalDocker.ConnectAsync(BenchApps.Options(), token);
        var client = docker.Engine.Client;
        var machine = await Machine.DescribeAsync(client, token);
        var pause = await PauseImage.EnsureAsync(client, token);
        var loadBefore = Machine.Load();
        Console.WriteLine($"EcsKit local benchmark, {Machine.Now()}: 1 cold run, then {runs} runs");
        Console.WriteLine($"Machine: {machine.Cores} cores ({machine.Cpu}), {machine.Os}");
        Console.WriteLine($"Docker engine {machine.Docker}, docker-compose {machine.Compose}, {machine.Dotnet}; load average {loadBefore}");
        Console.WriteLine($"Health checks: CMD-SHELL '{BenchApps.HealthCommand}', interval {BenchApps.HealthInterval.TotalSeconds} s, timeout {BenchApps.HealthTimeout.TotalSeconds} s, retries {BenchApps.HealthRetries}.");
        Console.WriteLine("  ECS's minimum interval is 5 s: the EcsKit runs suppress rule ECS0060 (LocalDockerOptions.Validation = new EcsValidationOptions().Suppress(\"ECS0060\")).");
        Console.WriteLine();

        var samples = new Samples();
        var once = new Dictionary<string, double>(StringComparer.Ordinal);
        var apps = new List<string>();
        string Track(string app)
        {
            apps.Add(app);
            return app;
        }
        var work = Directory.CreateTempSubdirectory("ecskit-bench-");
        var attempts = new Attempts(client, () => Sweep.RunAsync(docker, apps, tag), token);

        async Task RunOnceAsync(int i, string id, Dictionary<string, double> run)
        {
            run.Clear();
            Func<Task>[] contenders =
            [
                () => EcsKitScenario.RunAsync(docker, Track($"bench-{id}"), run, token),
                () => ComposeScenario.RunAsync(client, pause, work, id + "c", run, token),
                () => ScriptScenario.RunAsync(client, pause, work, id + "s", run, token),
            ];
            // Each run another contender goes first, so that none always follows the same one on a busy engine.
            for (var k = 0; k < contenders.Length; k++)
            {
                await contenders[(i + k) % contenders.Length]();
            }
            await RestartScenario.RunAsync(client, id + "r", run, token);
            if (i > 0)
            {
                var child = await ChildProcess.RunAsync("up", Track($"bench-cli-{id}"), token);
                run[Metric.UpProcess] = EcsKitScenario.Ms(child["HEALTHY"].At);
                run[Metric.UpProcessInside] = child["HEALTHY"].Values["inside"];
                run[Metric.RssTwoServices] = child["MEMORY"].Values["rss"];
            }
        }

        async Task MeasureMemoryAsync(string id)
        {
            once.Clear();
            var memory = await ChildProcess.RunAsync("memory", Track($"bench-mem-{id}"), token);
            once[Metric.Rss] = memory["MEMORY"].Values["rss"];
            once[Metric.PeakRss] = memory["MEMORY"].Values["peak"];
            once[Metric.Managed] = memory["MEMORY"].Values["managed"];
            once[Metric.RssAnon] = memory["MEMORY"].Values["anon"];
            once[Metric.RssFile] = memory["MEMORY"].Values["file"];
            once[Metric.RssShmem] = memory["MEMORY"].Values["shmem"];
            once[Metric.ManyRunning] = memory["RUNNING"].Values["inside"];
            once[Metric.ManyDown] = memory["DOWN"].Values["inside"];
        }

        var status = 0;
        try
        {
            for (var i = 0; i <= runs; i++)
            {
                var run = i == 0 ? samples.Cold : samples.NewRun();
                var label = i == 0 ? "cold run" : $"run {i}/{runs}";
                var index = i;
                await attempts.RunAsync(label, again => RunOnceAsync(index, $"{tag}-{index}{again}", run));
                Console.WriteLine(Progress(label, run));
            }
            await attempts.RunAsync("memory", again => MeasureMemoryAsync(tag + again));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory: {BenchApps.MemoryTasks} tasks RUNNING after {once[Metric.ManyRunning]:0} ms, RSS {once[Metric.Rss]:0.0} MiB (peak {once[Metric.PeakRss]:0.0} MiB), down in {once[Metric.ManyDown]:0} ms"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"error: the benchmark stopped: {(token.IsCancellationRequested ? "cancelled" : $"{e.GetType().Name}: {e.Message}")}");
            status = 1;
        }
        finally
        {
            await Sweep.RunAsync(docker, apps, tag);
            work.Delete(recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine($"EcsKit local benchmark, {Machine.Now()} ({total.Elapsed.TotalMinutes:0.0} min; load average {loadBefore} before, {Machine.Load()} after)");
        Console.WriteLine($"Machine: {machine.Cores} cores ({machine.Cpu}); Docker engine {machine.Docker}; docker-compose {machine.Compose}; {machine.Dotnet}");
        Console.WriteLine($"Health check interval {BenchApps.HealthInterval.TotalSeconds} s (ECS minimum 5 s; rule ECS0060 suppressed for the EcsKit runs)");
        Console.WriteLine(attempts.Repeated.Count == 0
            ? "Every run passed at its first attempt."
            : $"Run again after a failure (numbers of failed attempts are dropped): {string.Join("; ", attempts.Repeated)}");
        Console.WriteLine();
        Console.Write(Report.Table(samples, once));
        Console.WriteLine();
        Console.Write(Report.PerRun(samples));
        return status;
    }

    private static string Progress(string name, Dictionary<string, double> run)
    {
        string N(string metric) => run.TryGetValue(metric, out var value) ? value.ToString("0", CultureInfo.InvariantCulture) : "–";
        return $"{name}: up EcsKit {N(Metric.UpEcsKit)} ms (stable {N(Metric.UpStable)}, new process {N(Metric.UpProcess)}), " +
            $"compose {N(Metric.UpCompose)}, script {N(Metric.UpScript)}; " +
            $"replacement accepted {N(Metric.ReplaceAccepted)} / RUNNING {N(Metric.ReplaceRunning)} ms, docker restart {N(Metric.RestartRunning)} ms; " +
            $"down EcsKit {N(Metric.DownEcsKit)}, compose {N(Metric.DownCompose)}, script {N(Metric.DownScript)} ms; load {Machine.Load()}";
    }
}
