using System.Text.Json;

namespace EcsKit.Tool.Tests.Reports;

public sealed class ReportFormatTests : IDisposable
{
    private static readonly string[] SarifLevels = ["error", "warning", "note"];

    private readonly ToolRun _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Json_format_lists_files_findings_locations_and_a_summary()
    {
        var path = _files.Write("conflict.json", ToolRun.PortConflictTask);

        var (_, output, _) = await ToolRun.Run("validate", path, "--format", "json");

        using var report = JsonDocument.Parse(output);
        var file = report.RootElement.GetProperty("files")[0];
        Assert.Equal("task-definition", file.GetProperty("kind").GetString());
        Assert.Equal("web", file.GetProperty("name").GetString());
        var finding = file.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "ECS0004");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(9, finding.GetProperty("line").GetInt32());
        Assert.EndsWith("docs/rules/ECS0004.md", finding.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, finding.GetProperty("related")[0].GetProperty("line").GetInt32());
        Assert.True(report.RootElement.GetProperty("summary").GetProperty("errors").GetInt32() >= 1);
    }

    [Fact]
    public async Task Sarif_format_is_a_sarif_2_1_0_log_whose_results_point_at_the_rules_and_the_token()
    {
        var path = _files.Write("conflict.json", ToolRun.PortConflictTask);

        var (_, output, _) = await ToolRun.Run("validate", path, "--format", "sarif");

        using var log = JsonDocument.Parse(output);
        var root = log.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal(result.GetProperty("ruleId").GetString(), rule.GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), SarifLevels);
        }
        var conflict = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "ECS0004");
        var physical = conflict.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("conflict.json", physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(9, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(6, conflict.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public async Task Sarif_reports_an_unreadable_file_as_a_tool_notification_not_as_a_result()
    {
        var path = _files.Write("broken.json", "{ not json");

        var (exit, output, _) = await ToolRun.Run("validate", path, "--format", "sarif");

        Assert.Equal(2, exit);
        using var log = JsonDocument.Parse(output);
        var invocation = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal("error", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("level").GetString());
        Assert.Equal(0, log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }
}
