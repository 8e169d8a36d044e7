using System.Text;
using System.Text.Json;
using EcsKit.Rules;

namespace EcsKit.Tool.Validate;

/// <summary>
/// Validates a set of JSON files together: each task definition on its own, each service against the task
/// definition of the same family when one of the files holds it, and the services of each cluster as a group.
/// </summary>
internal static class ValidationRun
{
    public static (IReadOnlyList<FileReport> Reports, int Skipped) Run(IReadOnlyList<InputFile> files, RuleOptions options)
    {
        var reports = new List<FileReport>();
        var sources = new List<byte[]>();
        var tasks = new List<(TaskFacts Facts, string Family)>();
        var services = new List<(ServiceFacts Facts, Service Service)>();
        var skipped = 0;

        foreach (var file in files)
        {
            var index = reports.Count;
            var (report, utf8) = Read(file, index, tasks, services);
            if (report is null)
            {
                skipped++;
                continue;
            }
            reports.Add(report);
            sources.Add(utf8);
        }

        var diagnostics = new List<RuleDiagnostic>();
        foreach (var (task, _) in tasks)
        {
            diagnostics.AddRange(RuleRunner.Run(task, options));
        }
        if (services.Count > 0)
        {
            var app = new AppFacts();
            foreach (var (facts, service) in services)
            {
                facts.Task = tasks.FirstOrDefault(t => t.Family == FamilyOf(service.TaskDefinition)).Facts;
            }
            foreach (var cluster in services.GroupBy(s => s.Service.Cluster ?? "default", StringComparer.Ordinal))
            {
                app.Clusters.Add(new ClusterFacts { Path = cluster.First().Facts.Path, Name = cluster.Key, Services = new FactList<ServiceFacts>(cluster.Select(s => s.Facts)) });
            }
            diagnostics.AddRange(RuleRunner.Run(app, options));
        }

        foreach (var diagnostic in diagnostics)
        {
            var (fileIndex, path) = FilePath.Split(diagnostic.Path);
            var related = diagnostic.AdditionalPaths.Select(p => FilePath.Split(p)).Select(p => Locate(reports, sources, p.FileIndex, p.Path)).ToList();
            reports[fileIndex].Findings.Add(new Finding(diagnostic.Id, (EcsSeverity)(int)diagnostic.Severity, diagnostic.Message,
                Locate(reports, sources, fileIndex, path), related));
        }
        foreach (var report in reports)
        {
            report.Findings.Sort((a, b) => (a.Location.Line, a.Location.Column, string.CompareOrdinal(a.Id, b.Id))
                .CompareTo((b.Location.Line, b.Location.Column, 0)));
        }
        return (reports, skipped);
    }

    private static (FileReport? Report, byte[] Utf8) Read(
        InputFile file, int index, List<(TaskFacts, string)> tasks, List<(ServiceFacts, Service)> services)
    {
        string text;
        try
        {
            text = File.ReadAllText(file.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (Unreadable(file, $"cannot read the file: {ex.Message}"), []);
        }
        var utf8 = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        var kind = Classify(utf8);
        if (kind == InputKind.Unknown && !file.Explicit)
        {
            return (null, utf8);
        }
        try
        {
            switch (kind)
            {
                case InputKind.TaskDefinition:
                    var task = EcsJson.ReadTaskDefinition(text);
                    tasks.Add((ModelFacts.Task(task.Value, FilePath.Join(index, task.Path)), task.Value.Family));
                    return (new FileReport(file, kind, task.Value.Family, []), utf8);
                case InputKind.Service:
                    var service = EcsJson.ReadService(text);
                    services.Add((ModelFacts.Service(service.Value, null, FilePath.Join(index, service.Path)), service.Value));
                    return (new FileReport(file, kind, service.Value.ServiceName, []), utf8);
                default:
                    if (!IsJson(utf8))
                    {
                        // Reported with the position the parser gives.
                        EcsJson.ReadTaskDefinition(text);
                    }
                    return (Unreadable(file, "neither a task definition (no \"containerDefinitions\") nor a service (no \"serviceName\"): nothing to validate"), utf8);
            }
        }
        catch (EcsJsonException ex)
        {
            var report = new FileReport(file, kind, null, []);
            report.Findings.AddRange(ex.Problems.Select(p => new Finding(
                Finding.ReadErrorId, EcsSeverity.Error, p.Message, new Location(file.DisplayPath, p.Path, p.Line, p.Column), [])));
            return (report, utf8);
        }
    }

    private static InputKind Classify(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            return InputFile.Classify(document.RootElement);
        }
        catch (JsonException)
        {
            return InputKind.Unknown;
        }
    }

    private static bool IsJson(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static FileReport Unreadable(InputFile file, string message) =>
        new(file, InputKind.Unknown, null, [new Finding(Finding.ReadErrorId, EcsSeverity.Error, message, new Location(file.DisplayPath, "$", 0, 0), [])]);

    /// <summary>The position of <paramref name="path"/>, or of its nearest ancestor that the file has (a missing member is reported where it belongs).</summary>
    private static Location Locate(List<FileReport> reports, List<byte[]> sources, int fileIndex, string path)
    {
        var candidates = new List<string>();
        for (var p = path; p is not null; p = JsonPathText.Parent(p))
        {
            candidates.Add(p);
        }
        var found = JsonLocator.Locate(sources[fileIndex], candidates);
        var at = candidates.Select(c => found.TryGetValue(c, out var position) ? position : (TextPosition?)null).FirstOrDefault(p => p is not null);
        return new Location(reports[fileIndex].File.DisplayPath, path, at?.Line ?? 0, at?.Column ?? 0);
    }

    private static string? FamilyOf(string? reference) =>
        reference is null ? null : reference[(reference.LastIndexOf('/') + 1)..].Split(':')[0];

    /// <summary>Paths of several files in one rule run carry the file's index in front: <c>#3#$.containerDefinitions[0]</c>.</summary>
    private static class FilePath
    {
        public static string Join(int index, string path) => $"#{index}#{path}";

        public static (int FileIndex, string Path) Split(string path)
        {
            var end = path.IndexOf('#', 1);
            return (int.Parse(path.AsSpan(1, end - 1), System.Globalization.CultureInfo.InvariantCulture), path[(end + 1)..]);
        }
    }
}
