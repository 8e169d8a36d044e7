namespace EcsKit.Benchmarks.Local;

/// <summary>The names of the numbers a run measures (milliseconds, or MB for memory).</summary>
internal static class Metric
{
    public const string UpEcsKit = "up.ecskit", UpStable = "up.stable", UpCompose = "up.compose", UpScript = "up.script";
    public const string UpEcsKitRunning = "up.ecskit.running", UpComposeStarted = "up.compose.started", UpScriptStarted = "up.script.started";
    public const string UpProcess = "up.process", UpProcessInside = "up.process.inside";
    public const string ReplaceAccepted = "replace.accepted", ReplaceRunning = "replace.running", ReplaceHealthy = "replace.healthy";
    public const string RestartRunning = "restart.running", RestartHealthy = "restart.healthy";
    public const string DownEcsKit = "down.ecskit", DownCompose = "down.compose", DownScript = "down.script";
    public const string RssTwoServices = "rss.two";
    public const string ManyRunning = "many.running", ManyDown = "many.down";
    public const string Rss = "rss", PeakRss = "rss.peak", Managed = "managed", RssAnon = "rss.anon", RssFile = "rss.file", RssShmem = "rss.shmem";
}

/// <summary>Every run's numbers, the first (cold) run kept apart.</summary>
internal sealed class Samples
{
    private readonly List<Dictionary<string, double>> _runs = [];

    public Dictionary<string, double> Cold { get; } = new(StringComparer.Ordinal);

    public int Runs => _runs.Count;

    public IReadOnlyList<Dictionary<string, double>> All => _runs;

    public Dictionary<string, double> NewRun()
    {
        var run = new Dictionary<string, double>(StringComparer.Ordinal);
        _runs.Add(run);
        return run;
    }

    public IReadOnlyList<double> Of(string metric) => _runs.Where(r => r.ContainsKey(metric)).Select(r => r[metric]).ToList();

    public double? Median(string metric) => Median(Of(metric));

    public double? Min(string metric) => Of(metric) is { Count: > 0 } values ? values.Min() : null;

    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
