using System.Text.Json;

namespace EcsKit.Tool.Tests.Validate;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly ToolRun _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_clean_file_exits_0()
    {
        var path = _files.Write("web.json", ToolRun.ValidTask);

        var (exit, output, _) = await ToolRun.Run("validate", path, "--suppress", "ECS0062");

        Assert.True(exit == 0, output);
        Assert.Contains("0 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_exits_1_and_points_at_the_exact_token()
    {
        var path = _files.Write("conflict.json", ToolRun.PortConflictTask);

        var (exit, output, _) = await ToolRun.Run("validate", path);

        Assert.Equal(1, exit);
        var line = output.Split('\n').Single(l => l.Contains("ECS0004", StringComparison.Ordinal));
        Assert.Contains("conflict.json:9:", line, StringComparison.Ordinal);
        Assert.Contains("error ECS0004", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_does_not_parse_exits_2_and_the_other_files_are_still_reported()
    {
        var broken = _files.Write("broken.json", """{ "family": "x", "containerDefinitions": [ { "name": "a", "cpu": "1" } ] }""");
        var conflict = _files.Write("conflict.json", ToolRun.PortConflictTask);

        var (exit, output, _) = await ToolRun.Run("validate", broken, conflict);

        Assert.Equal(2, exit);
        Assert.Contains("broken.json:1:", output, StringComparison.Ordinal);
        Assert.Contains("error json", output, StringComparison.Ordinal);
        Assert.Contains("ECS0004", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_exits_2()
    {
        var (exit, _, error) = await ToolRun.Run("validate", Path.Combine(_files.Folder, "nope.json"));

        Assert.Equal(2, exit);
        Assert.Contains("no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folders_are_searched_and_json_of_other_kinds_is_skipped()
    {
        _files.Write("defs/web.json", ToolRun.ValidTask);
        _files.Write("defs/nested/package.json", """{ "name": "not-ecs" }""");

        var (exit, output, _) = await ToolRun.Run("validate", _files.Folder, "--suppress", "ECS0062");

        Assert.Equal(0, exit);
        Assert.Contains("in 1 file;", output, StringComparison.Ordinal);
        Assert.Contains("skipped 1 JSON file", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_of_another_kind_named_explicitly_is_an_unreadable_file()
    {
        var path = _files.Write("package.json", """{ "name": "not-ecs" }""");

        var (exit, output, _) = await ToolRun.Run("validate", path);

        Assert.Equal(2, exit);
        Assert.Contains("neither a task definition", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suppressing_a_rule_and_overriding_a_severity_change_the_exit_code()
    {
        var path = _files.Write("conflict.json", ToolRun.PortConflictTask);

        var suppressed = await ToolRun.Run("validate", path, "--suppress", "ECS0004,ECS0044,ECS0062,ECS0086");
        var lowered = await ToolRun.Run("validate", path, "--severity", "ECS0004=warning");

        Assert.DoesNotContain("ECS0004", suppressed.Output, StringComparison.Ordinal);
        Assert.Contains("warning ECS0004", lowered.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--suppress", "ECS9999")]
    [InlineData("--severity", "ECS0004=loud")]
    [InlineData("--severity", "ECS0004")]
    public async Task Unknown_rule_ids_and_levels_are_usage_errors(string option, string value)
    {
        var path = _files.Write("web.json", ToolRun.ValidTask);

        var (exit, _, error) = await ToolRun.Run("validate", path, option, value);

        Assert.Equal(2, exit);
        Assert.Contains(value.Split('=')[0], error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_is_checked_against_the_task_definition_of_its_family_in_the_same_run()
    {
        var task = _files.Write("web.json", ToolRun.ValidTask);
        var service = _files.Write("service.json", """
            {
              "cluster": "main",
              "serviceName": "web",
              "taskDefinition": "web:3",
              "loadBalancers": [{ "targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1", "containerName": "api", "containerPort": 80 }],
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-1"] } }
            }
            """);

        var (exit, output, _) = await ToolRun.Run("validate", task, service, "--format", "json");

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(output);
        var serviceFile = report.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "service");
        var finding = serviceFile.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "ECS0012");
        Assert.StartsWith("$.loadBalancers[0]", finding.GetProperty("jsonPath").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, finding.GetProperty("line").GetInt32());
    }
}
