using EcsKit.Rules;
using static EcsKit.Tests.Rules.EfgFindings;

namespace EcsKit.Tests.Rules;

public class HealthCheckRuleTests
{
    private static TimeSpan S(int seconds) => TimeSpan.FromSeconds(seconds);

    // ECS0060

    [Theory]
    [InlineData("interval", 4)]
    [InlineData("interval", 301)]
    [InlineData("timeout", 1)]
    [InlineData("timeout", 61)]
    [InlineData("retries", 0)]
    [InlineData("retries", 11)]
    [InlineData("startPeriod", 301)]
    public void Ecs0060_fires_on_a_value_out_of_range(string member, int value)
    {
        var td = JsonTask($$$"""{"name":"app","image":"nginx:1.27","healthCheck":{"command":["CMD","true"],"{{{member}}}":{{{value}}}}}""");

        var d = Assert.Single(Of("ECS0060", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].healthCheck." + member, d.Path);
        Assert.Contains("'app'", d.Message, StringComparison.Ordinal);
        Assert.Contains(member + " to " + value.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0060_is_silent_at_the_bounds()
    {
        var low = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "curl -f localhost", S(5), S(2), 1, S(0))));
        var high = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").HealthCheck(["CMD", "/check"], S(300), S(60), 10, S(300))));

        Assert.Empty(Of("ECS0060", low));
        Assert.Empty(Of("ECS0060", high));
    }

    [Theory]
    [InlineData("""["curl","-f","localhost"]""", "'curl' instead of CMD or CMD-SHELL")]
    [InlineData("""["cmd-shell","curl -f localhost"]""", "'cmd-shell' instead of CMD or CMD-SHELL")]
    [InlineData("""["NONE"]""", "remove healthCheck")]
    public void Ecs0060_fires_on_a_command_that_does_not_start_with_cmd(string command, string words)
    {
        var td = JsonTask($$$"""{"name":"app","image":"nginx:1.27","healthCheck":{"command":{{{command}}}}}""");

        var d = Assert.Single(Of("ECS0060", td));
        Assert.Equal("$.containerDefinitions[0].healthCheck.command[0]", d.Path);
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[]""", "empty command")]
    [InlineData("""["CMD-SHELL"]""", "no command to run")]
    public void Ecs0060_fires_on_a_command_with_nothing_to_run(string command, string words)
    {
        var td = JsonTask($$$"""{"name":"app","image":"nginx:1.27","healthCheck":{"command":{{{command}}}}}""");

        var d = Assert.Single(Of("ECS0060", td));
        Assert.Equal("$.containerDefinitions[0].healthCheck.command", d.Path);
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0060_is_silent_for_unknown_values_and_a_partly_known_command()
    {
        var app = Container(0, "app");
        app.HealthCheck = new HealthCheckFacts
        {
            Path = app.Member("healthCheck"),
            Command = new FactList<Fact<string>>(new[] { Fact<string>.Unknown, Fact<string>.Of("check") }),
            Interval = Fact<int>.Unknown,
            Retries = Fact<int>.Unknown,
        };
        Assert.Empty(Of("ECS0060", Facts(app)));

        app.HealthCheck.Command = new FactList<Fact<string>>(isComplete: false);
        Assert.Empty(Of("ECS0060", Facts(app)));
        app.HealthCheck.Command = new FactList<Fact<string>>(new[] { Fact<string>.Of("CMD") }, isComplete: false);
        Assert.Empty(Of("ECS0060", Facts(app)));
    }

    // ECS0061

    [Fact]
    public void Ecs0061_fires_when_the_timeout_is_not_below_the_interval()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "curl -f localhost", S(10), S(10))));

        var d = Assert.Single(Of("ECS0061", td));
        Assert.Equal(EcsSeverity.Warning, d.Severity);
        Assert.Equal("$.containerDefinitions[0].healthCheck.timeout", d.Path);
        Assert.Equal(["$.containerDefinitions[0].healthCheck.interval"], d.AdditionalPaths);
        Assert.Contains("'app'", d.Message, StringComparison.Ordinal);
        Assert.Contains("timeout of 10 s", d.Message, StringComparison.Ordinal);
        Assert.Contains("interval of 10 s", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0061_uses_the_ecs_default_interval_when_absent()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "curl -f localhost", timeout: S(45))));

        var d = Assert.Single(Of("ECS0061", td));
        Assert.Contains("interval of 30 s (ECS's default)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0061_uses_the_ecs_default_timeout_when_absent()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "curl -f localhost", interval: S(5))));

        var d = Assert.Single(Of("ECS0061", td));
        Assert.Equal("$.containerDefinitions[0].healthCheck.interval", d.Path);
        Assert.Contains("timeout of 5 s (ECS's default)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0061_is_silent_below_the_interval_with_defaults_and_when_out_of_range()
    {
        var fine = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "curl -f localhost", S(10), S(9))));
        var defaults = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "curl -f localhost")));
        // timeout 90 is out of range: ECS0060's finding alone.
        var outOfRange = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "curl -f localhost", S(30), S(90))));

        Assert.Empty(Of("ECS0061", fine));
        Assert.Empty(Of("ECS0061", defaults));
        Assert.Empty(Of("ECS0061", outOfRange));
        Assert.Single(Of("ECS0060", outOfRange));
    }

    [Fact]
    public void Ecs0061_is_silent_when_the_interval_is_unknown()
    {
        var app = Container(0, "app");
        app.HealthCheck = new HealthCheckFacts { Path = app.Member("healthCheck"), Interval = Fact<int>.Unknown, Timeout = 50 };
        Assert.Empty(Of("ECS0061", Facts(app)));
    }

    // ECS0062

    [Fact]
    public void Ecs0062_reports_an_essential_container_without_a_health_check_as_info()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("app", c => c.Image("nginx:1.27"))
            .Container("init", c => c.Image("tool:1").Essential(false))
            .Container("api", c => c.Image("api:1").HealthCheck("CMD", "/health")));

        var d = Assert.Single(Of("ECS0062", td));
        Assert.Equal(EcsSeverity.Info, d.Severity);
        Assert.Equal("$.containerDefinitions[0]", d.Path);
        Assert.Contains("Essential container 'app'", d.Message, StringComparison.Ordinal);
        Assert.Contains("healthCheck", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0062_is_silent_when_essential_is_unknown()
    {
        var app = Container(0, "app");
        app.Essential = Fact<bool>.Unknown;
        Assert.Empty(Of("ECS0062", Facts(app)));
    }

    [Fact]
    public void Ecs0062_can_be_suppressed()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27")));

        Assert.DoesNotContain(td.Validate(new EcsValidationOptions().Suppress("ECS0062")).Diagnostics, d => d.Id == "ECS0062");
    }
}
