using System.Text;
using EcsKit.Tool.Validate;

namespace EcsKit.Tool.Reports;

/// <summary>Findings for people: <c>file:line:column: severity ID: message</c>, then a summary.</summary>
internal static class TextReport
{
    public static string Write(IReadOnlyList<FileReport> reports, int skipped)
    {
        var text = new StringBuilder();
        foreach (var finding in reports.SelectMany(r => r.Findings))
        {
            var at = finding.Location;
            var position = at.Line > 0 ? $"{at.File}:{at.Line}:{at.Column}" : at.File;
            text.Append(position).Append(": ").Append(Level(finding.Severity)).Append(' ').Append(finding.Id).Append(": ")
                .Append(finding.Message).Append(" [").Append(at.JsonPath).Append(']').Append('\n');
        }
        var all = reports.SelectMany(r => r.Findings).ToList();
        text.Append(Count(all.Count(f => f.Severity == EcsSeverity.Error), "error")).Append(", ")
            .Append(Count(all.Count(f => f.Severity == EcsSeverity.Warning), "warning")).Append(", ")
            .Append(Count(all.Count(f => f.Severity == EcsSeverity.Info), "info")).Append(" in ")
            .Append(Count(reports.Count, "file"));
        var unreadable = reports.Count(r => r.Unreadable);
        if (unreadable > 0)
        {
            text.Append(" (").Append(unreadable).Append(" could not be read)");
        }
        if (skipped > 0)
        {
            text.Append("; skipped ").Append(Count(skipped, "JSON file"))
                .Append(skipped == 1 ? " that is neither a task definition nor a service" : " that are neither task definitions nor services");
        }
        return text.Append('\n').ToString();
    }

    public static string Level(EcsSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
