using System.Diagnostics;
using System.Globalization;
using EcsKit.Docker;

namespace EcsKit.Benchmarks.Local;

/// <summary>
/// What a fresh benchmark process does when started by <see cref="ChildProcess"/>:
/// <c>up</c> starts the two-service application as `ecskit up` would (cold: a new runtime, nothing compiled yet),
/// <c>memory</c> runs <see cref="BenchApps.MemoryTasks"/> tasks and reports the process's memory.
/// Both print <c>KEY name=value</c> lines and take their application down before they exit.
/// </summary>
internal static class ChildModes
{
    public static async Task<int> RunAsync(string mode, string name)
    {
        await using var docker = await LocalDocker.ConnectAsync(BenchApps.Options());
        var clock = Stopwatch.StartNew();
        switch (mode)
        {
            case "up":
            {
                var local = await docker.UpAsync(BenchApps.TwoServices(name));
                try
                {
                    var healthy = await AppWatch.UntilAsync(local, AppWatch.AllHealthy(BenchApps.TwoServicesCounts), clock, EcsKitScenario.Timeout, CancellationToken.None);
                    Print("HEALTHY", ("inside", healthy.TotalMilliseconds));
                    PrintMemory();
                }
                finally
                {
                    await local.DownAsync().WaitAsync(EcsKitScenario.Timeout);
                }
                return 0;
            }
            case "memory":
            {
                var local = await docker.UpAsync(BenchApps.ManyTasks(name));
                try
                {
                    var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["m"] = BenchApps.MemoryTasks };
                    var running = await AppWatch.UntilAsync(local, AppWatch.AllRunning(counts), clock, TimeSpan.FromSeconds(120), CancellationToken.None);
                    Print("RUNNING", ("inside", running.TotalMilliseconds));
                    PrintMemory();
                    clock.Restart();
                    await local.DownAsync().WaitAsync(EcsKitScenario.Timeout);
                    Print("DOWN", ("inside", clock.Elapsed.TotalMilliseconds));
                }
                finally
                {
                    await local.DownAsync().WaitAsync(EcsKitScenario.Timeout);
                }
                return 0;
            }
            default:
                await Console.Error.WriteLineAsync($"unknown child mode '{mode}'");
                return 2;
        }
    }

    /// <summary>
    /// The process's resident set after a full, compacting collection, its peak, and the managed heap, in MiB; and
    /// how the resident set divides: anonymous memory (heaps, stacks), mapped files (the runtime's libraries and
    /// assemblies, shared with other processes that map them) and shared memory (the runtime maps its JIT-compiled
    /// code twice, writable and executable, through shared memory).
    /// </summary>
    private static void PrintMemory()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var self = Process.GetCurrentProcess();
        const double MiB = 1024 * 1024;
        Print("MEMORY",
            ("rss", self.WorkingSet64 / MiB),
            ("peak", self.PeakWorkingSet64 / MiB),
            ("managed", GC.GetTotalMemory(false) / MiB),
            ("anon", StatusKiB("RssAnon") / 1024),
            ("file", StatusKiB("RssFile") / 1024),
            ("shmem", StatusKiB("RssShmem") / 1024));
    }

    // A "Name:   1234 kB" line of /proc/self/status.
    private static double StatusKiB(string name)
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal)) : null;
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static void Print(string key, params (string Name, double Value)[] values)
    {
        Console.WriteLine(string.Join(' ', [key, .. values.Select(v => $"{v.Name}={v.Value.ToString("0.0", CultureInfo.InvariantCulture)}")]));
        Console.Out.Flush();
    }
}
