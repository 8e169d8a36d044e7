using EcsKit.Rules;
using static EcsKit.Tests.Rules.EfgFindings;

namespace EcsKit.Tests.Rules;

public class LogConfigurationRuleTests
{
    [Fact]
    public void Ecs0074_fires_on_a_driver_fargate_does_not_support()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").JsonFileLogs("10m")));

        var d = Assert.Single(Of("ECS0074", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].logConfiguration.logDriver", d.Path);
        Assert.Contains("'app'", d.Message, StringComparison.Ordinal);
        Assert.Contains("json-file", d.Message, StringComparison.Ordinal);
        Assert.Contains("awslogs, splunk or awsfirelens", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0074_fires_on_fargate_awslogs_without_a_stream_prefix()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").AwsLogs("/ecs/web", "eu-west-1")));

        var d = Assert.Single(Of("ECS0074", td));
        Assert.Equal("$.containerDefinitions[0].logConfiguration.options", d.Path);
        Assert.Contains("'awslogs-stream-prefix'", d.Message, StringComparison.Ordinal);
        Assert.Contains("on Fargate", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/ecs/web", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0074_fires_on_awslogs_without_group_and_region_on_ec2()
    {
        var td = JsonTask("""{"name":"app","image":"nginx:1.27","memory":256,"logConfiguration":{"logDriver":"awslogs","options":{"awslogs-stream-prefix":"web"}}}""");

        var d = Assert.Single(Of("ECS0074", td));
        Assert.Contains("'awslogs-group' and 'awslogs-region'", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("on Fargate", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0074_is_silent_for_complete_configurations()
    {
        var fargate = Task(t => t.Fargate(256, 512)
            .Container("app", c => c.Image("nginx:1.27").AwsLogs("/ecs/web", "eu-west-1", "web"))
            .Container("router", c => c.Image("fluent-bit:3").FireLensRouter())
            .Container("api", c => c.Image("api:1").FireLensLogs(new Dictionary<string, string> { ["Name"] = "cloudwatch" })));
        // EC2 does not need a stream prefix and takes any driver.
        var ec2 = Task(t => t.Ec2()
            .Container("app", c => c.Image("nginx:1.27").Memory(256).AwsLogs("/ecs/web", "eu-west-1"))
            .Container("api", c => c.Image("api:1").Memory(256).JsonFileLogs()));

        Assert.Empty(Of("ECS0074", fargate));
        Assert.Empty(Of("ECS0074", ec2));
    }

    [Fact]
    public void Ecs0074_is_silent_when_options_may_hold_more_or_the_driver_is_unknown()
    {
        var app = Container(0, "app");
        app.LogConfiguration = new LogFacts { Path = app.Member("logConfiguration"), LogDriver = "awslogs", OptionsComplete = false };
        app.LogConfiguration.Options["awslogs-group"] = Fact<string>.Unknown;
        var task = Facts(app);
        task.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of("FARGATE") });
        Assert.Empty(Of("ECS0074", task));

        app.LogConfiguration.LogDriver = Fact<string>.Unknown;
        app.LogConfiguration.OptionsComplete = true;
        Assert.Empty(Of("ECS0074", task));
    }
}
