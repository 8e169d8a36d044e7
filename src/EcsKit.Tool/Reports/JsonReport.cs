using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsKit.Tool.Validate;

namespace EcsKit.Tool.Reports;

/// <summary>Findings for scripts: one JSON document with every file, finding and location.</summary>
internal static class JsonReport
{
    internal static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IReadOnlyList<FileReport> reports, int skipped)
    {
        var all = reports.SelectMany(r => r.Findings).ToList();
        var document = new JsonObject
        {
            ["files"] = new JsonArray([.. reports.Select(File)]),
            ["summary"] = new JsonObject
            {
                ["files"] = reports.Count,
                ["unreadable"] = reports.Count(r => r.Unreadable),
                ["skipped"] = skipped,
                ["errors"] = all.Count(f => f.Severity == EcsSeverity.Error),
                ["warnings"] = all.Count(f => f.Severity == EcsSeverity.Warning),
                ["infos"] = all.Count(f => f.Severity == EcsSeverity.Info),
            },
        };
        return document.ToJsonString(Indented) + "\n";
    }

    private static JsonObject File(FileReport report) => new()
    {
        ["path"] = report.File.DisplayPath,
        ["kind"] = report.Kind switch { InputKind.TaskDefinition => "task-definition", InputKind.Service => "service", _ => "unknown" },
        ["name"] = report.Name,
        ["findings"] = new JsonArray([.. report.Findings.Select(Finding)]),
    };

    private static JsonObject Finding(Finding finding) => new()
    {
        ["id"] = finding.Id,
        ["severity"] = TextReport.Level(finding.Severity),
        ["message"] = finding.Message,
        ["jsonPath"] = finding.Location.JsonPath,
        ["line"] = finding.Location.Line,
        ["column"] = finding.Location.Column,
        ["helpUri"] = finding.HelpUri,
        ["related"] = new JsonArray([.. finding.Related.Select(r => new JsonObject
        {
            ["path"] = r.File,
            ["jsonPath"] = r.JsonPath,
            ["line"] = r.Line,
            ["column"] = r.Column,
        })]),
    };
}
