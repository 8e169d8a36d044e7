using System.Reflection;
using System.Text.Json.Nodes;
using EcsKit.Rules;
using EcsKit.Tool.Validate;

namespace EcsKit.Tool.Reports;

/// <summary>Findings as a SARIF 2.1.0 log, for code-scanning tools: one run, the rules as the driver's rules, one result per finding.</summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Write(IReadOnlyList<FileReport> reports)
    {
        var findings = reports.SelectMany(r => r.Findings).ToList();
        var rules = RuleCatalog.All.ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var unreadable = findings.Where(f => f.IsReadError).ToList();

        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = "ecskit",
                    ["informationUri"] = "https://github.com/ecskit/ecskit",
                    ["semanticVersion"] = Version,
                    ["rules"] = new JsonArray([.. rules.Select(Rule)]),
                },
            },
            ["invocations"] = new JsonArray(new JsonObject
            {
                ["executionSuccessful"] = unreadable.Count == 0,
                ["toolExecutionNotifications"] = new JsonArray([.. unreadable.Select(f => new JsonObject
                {
                    ["level"] = "error",
                    ["message"] = new JsonObject { ["text"] = f.Message },
                    ["locations"] = new JsonArray(Location(f.Location)),
                })]),
            }),
            ["results"] = new JsonArray([.. findings.Where(f => !f.IsReadError).Select(f => Result(f, ruleIndex[f.Id]))]),
        };
        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
        return log.ToJsonString(JsonReport.Indented) + "\n";
    }

    private static JsonObject Rule(RuleDescriptor rule) => new()
    {
        ["id"] = rule.Id,
        ["name"] = string.Concat(rule.Title.Split(' ', '-', '/').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
        ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
        ["helpUri"] = rule.HelpUri,
        ["defaultConfiguration"] = new JsonObject
        {
            ["level"] = Level(rule.DefaultSeverity),
            ["enabled"] = rule.EnabledByDefault,
        },
        ["properties"] = new JsonObject { ["category"] = rule.Category },
    };

    private static JsonObject Result(Finding finding, int index) => new()
    {
        ["ruleId"] = finding.Id,
        ["ruleIndex"] = index,
        ["level"] = Level((RuleSeverity)(int)finding.Severity),
        ["message"] = new JsonObject { ["text"] = finding.Message },
        ["locations"] = new JsonArray(Location(finding.Location)),
        ["relatedLocations"] = new JsonArray([.. finding.Related.Select((r, i) => Related(r, i))]),
    };

    private static JsonObject Location(Location location)
    {
        var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = Uri(location.File) } };
        if (location.Line > 0)
        {
            physical["region"] = new JsonObject { ["startLine"] = location.Line, ["startColumn"] = location.Column };
        }
        return new JsonObject
        {
            ["physicalLocation"] = physical,
            ["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = location.JsonPath, ["kind"] = "member" }),
        };
    }

    private static JsonObject Related(Location location, int id)
    {
        var related = Location(location);
        related["id"] = id;
        return related;
    }

    // SARIF uses "note" for informational results; a rule turned off never reaches a result.
    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "note",
        _ => "none",
    };

    private static string Uri(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : string.Join('/', path.Split('/').Select(System.Uri.EscapeDataString));

    private static string Version =>
        typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
