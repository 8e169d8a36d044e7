using System.Globalization;
using System.Text;

namespace EcsKit.Benchmarks.Local;

/// <summary>The table of every number, with the targets and whether they are met.</summary>
internal static class Report
{
    private const double MemoryTarget = 100;
    private const double ReplacementTarget = 1000;
    private const double ScriptRatioTarget = 1.3;

    private sealed record Row(string Label, string? Median, string? Min, string? Cold, string Target = "", bool? Met = null);

    public static string Table(Samples samples, Dictionary<string, double> once)
    {
        var rows = new List<Row>
        {
            Section("up: 2 services (3 tasks, 6 containers) until every task is RUNNING and HEALTHY"),
            Ms(samples, "EcsKit `LocalDocker.UpAsync`, in process (warm; cold = first up of the process)", Metric.UpEcsKit),
            Ms(samples, "EcsKit, until stable (`WaitStableAsync`: + 2 s settle period)", Metric.UpStable),
            Ms(samples, "EcsKit, new process: from `UpAsync` (cold, JIT)", Metric.UpProcessInside),
            Ms(samples, "EcsKit, new process: from process start (CLI-equivalent)", Metric.UpProcess),
            Ms(samples, "`docker-compose up -d` (1.29)", Metric.UpCompose),
            Ms(samples, "plain script: `docker network create` + 6 × `docker run -d`", Metric.UpScript),
            Ratio(samples, "EcsKit warm ÷ docker-compose", Metric.UpEcsKit, Metric.UpCompose, 1.0, "< 1.00x (faster)", strict: true),
            Ratio(samples, "EcsKit warm ÷ plain script", Metric.UpEcsKit, Metric.UpScript, ScriptRatioTarget, "≤ 1.30x", strict: false),
            Ratio(samples, "EcsKit new process ÷ docker-compose", Metric.UpProcess, Metric.UpCompose, null, "", strict: false),
            Ratio(samples, "EcsKit new process ÷ plain script", Metric.UpProcess, Metric.UpScript, null, "", strict: false),
            Section("up, health aside: until every task is RUNNING / every container started"),
            Ms(samples, "EcsKit, in process (warm): every task RUNNING", Metric.UpEcsKitRunning),
            Ms(samples, "`docker-compose up -d`: every container started", Metric.UpComposeStarted),
            Ms(samples, "plain script: every container started", Metric.UpScriptStarted),
            Ratio(samples, "EcsKit warm ÷ docker-compose", Metric.UpEcsKitRunning, Metric.UpComposeStarted, null, "", strict: false),
            Ratio(samples, "EcsKit warm ÷ plain script", Metric.UpEcsKitRunning, Metric.UpScriptStarted, null, "", strict: false),
            Section("replacement: service b's task container SIGKILLed (`docker kill` via the API)"),
            Ms(samples, "EcsKit: replacement task accepted (new task id)", Metric.ReplaceAccepted, ReplacementTarget),
            Ms(samples, "EcsKit: replacement task RUNNING", Metric.ReplaceRunning, ReplacementTarget),
            Ms(samples, "EcsKit: replacement task HEALTHY (health check interval 1 s)", Metric.ReplaceHealthy),
            Ms(samples, "Docker `--restart always`, same container killed: running again", Metric.RestartRunning),
            Ms(samples, "Docker `--restart always`: healthy again", Metric.RestartHealthy),
            Section("down: the 2-service app"),
            Ms(samples, "EcsKit `LocalApp.DownAsync`", Metric.DownEcsKit),
            Ms(samples, "`docker-compose down`", Metric.DownCompose),
            Ms(samples, "plain script: `docker stop -t 2` + `docker rm` + `docker network rm`", Metric.DownScript),
            Section($"memory: EcsKit process (new process) running {BenchApps.MemoryTasks} tasks, measured once all are RUNNING"),
            Mib(once, "RSS after a full GC (`Process.WorkingSet64`)", Metric.Rss, MemoryTarget),
            Mib(once, "peak RSS of the process (`Process.PeakWorkingSet64`)", Metric.PeakRss, MemoryTarget),
            Mib(once, "of the RSS: anonymous memory (`RssAnon`: heaps, stacks)", Metric.RssAnon),
            Mib(once, "of the RSS: mapped files (`RssFile`: runtime libraries, assemblies)", Metric.RssFile),
            Mib(once, "of the RSS: shared memory (`RssShmem`: the runtime's double-mapped JIT code)", Metric.RssShmem),
            Mib(once, "managed heap after GC (`GC.GetTotalMemory`)", Metric.Managed),
            Mib(samples, "RSS after GC with the 2-service app (CLI-equivalent process)", Metric.RssTwoServices),
            Once(once, $"up of the {BenchApps.MemoryTasks} tasks until all RUNNING", Metric.ManyRunning),
            Once(once, $"down of the {BenchApps.MemoryTasks} tasks", Metric.ManyDown),
        };

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| Measurement | median ({samples.Runs} runs) | min | cold | target | met |");
        text.AppendLine("|---|---:|---:|---:|---|---|");
        foreach (var row in rows)
        {
            if (row.Median is null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| **{row.Label}** | | | | | |");
                continue;
            }
            var met = row.Met switch { true => "yes", false => "**NO**", null => "" };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Label} | {row.Median} | {row.Min} | {row.Cold} | {row.Target} | {met} |");
        }
        return text.ToString();
    }

    /// <summary>Every run's numbers, one column per run: the spread behind the medians.</summary>
    public static string PerRun(Samples samples)
    {
        string[] metrics =
        [
            Metric.UpEcsKit, Metric.UpStable, Metric.UpProcess, Metric.UpCompose, Metric.UpScript,
            Metric.UpEcsKitRunning, Metric.UpComposeStarted, Metric.UpScriptStarted,
            Metric.ReplaceAccepted, Metric.ReplaceRunning, Metric.RestartRunning,
            Metric.DownEcsKit, Metric.DownCompose, Metric.DownScript,
        ];
        var runs = samples.All;
        var text = new StringBuilder();
        text.AppendLine("| ms | cold | " + string.Join(" | ", runs.Select((_, i) => $"run {i + 1}")) + " |");
        text.AppendLine("|---|---:|" + string.Concat(runs.Select(_ => "---:|")));
        foreach (var metric in metrics)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {metric} | {Number(samples.Cold, metric)} | {string.Join(" | ", runs.Select(r => Number(r, metric)))} |");
        }
        return text.ToString();
    }

    private static string Number(Dictionary<string, double> values, string metric) =>
        values.TryGetValue(metric, out var value) ? value.ToString("0", CultureInfo.InvariantCulture) : "–";

    private static Row Section(string title) => new(title, null, null, null);

    private static Row Ms(Samples samples, string label, string metric, double? below = null)
    {
        var median = samples.Median(metric);
        return new Row(
            label,
            Format(median, "0", " ms"),
            Format(samples.Min(metric), "0", " ms"),
            samples.Cold.TryGetValue(metric, out var cold) ? Format(cold, "0", " ms") : "",
            below is { } limit ? $"< {limit:0} ms" : "",
            below is { } l && median is { } m ? m < l : null);
    }

    private static Row Ratio(Samples samples, string label, string metric, string baseline, double? limit, string target, bool strict)
    {
        var median = samples.Median(metric) / samples.Median(baseline);
        var min = samples.Min(metric) / samples.Min(baseline);
        var cold = samples.Cold.TryGetValue(metric, out var c) && samples.Median(baseline) is { } b ? c / b : (double?)null;
        bool? met = limit is { } l && median is { } m ? (strict ? m < l : m <= l) : null;
        return new Row(label, Format(median, "0.00", "x"), Format(min, "0.00", "x"), Format(cold, "0.00", "x"), target, met);
    }

    private static Row Mib(Dictionary<string, double> once, string label, string metric, double? below = null)
    {
        double? value = once.TryGetValue(metric, out var v) ? v : null;
        return new Row(label, Format(value, "0.0", " MiB"), "", "", below is { } limit ? $"< {limit:0} MiB" : "",
            below is { } l && value is { } x ? x < l : null);
    }

    private static Row Mib(Samples samples, string label, string metric) =>
        new(label, Format(samples.Median(metric), "0.0", " MiB"), Format(samples.Min(metric), "0.0", " MiB"), "");

    private static Row Once(Dictionary<string, double> once, string label, string metric) =>
        new(label, Format(once.TryGetValue(metric, out var v) ? v : null, "0", " ms"), "", "");

    private static string Format(double? value, string format, string unit) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) + unit : "–";
}
