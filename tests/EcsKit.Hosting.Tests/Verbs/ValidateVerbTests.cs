namespace EcsKit.Hosting.Tests.Verbs;

public class ValidateVerbTests
{
    [Fact]
    public async Task Errors_are_listed_with_rule_id_and_path_and_exit_code_1()
    {
        var app = new EcsApp("bad");
        app.TaskDefinition("web", td => td
            .Fargate(256, 512)
            .Container("a", c => c.Image("nginx:1.27").Port(80))
            .Container("b", c => c.Image("httpd:2.4").Port(80)));

        var run = await HostRun.Of(app, "validate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error ECS0004 taskDefinitions['web'].containerDefinitions[1].portMappings[0]", run.Error, StringComparison.Ordinal);
        Assert.Contains("application 'bad':", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suppressed_rules_are_not_reported()
    {
        var app = new EcsApp("bad");
        app.TaskDefinition("web", td => td
            .Fargate(256, 512)
            .Container("a", c => c.Image("nginx:1.27").Port(80))
            .Container("b", c => c.Image("httpd:2.4").Port(80)));

        var run = await HostRun.Of(app, "validate", "--suppress", "ECS0004");

        Assert.DoesNotContain("ECS0004", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_rule_id_is_one_error_line()
    {
        var run = await HostRun.Of(HostRun.SmallApp(), "validate", "--suppress", "ECS9999");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: There is no rule 'ECS9999'", run.Error, StringComparison.Ordinal);
    }
}
