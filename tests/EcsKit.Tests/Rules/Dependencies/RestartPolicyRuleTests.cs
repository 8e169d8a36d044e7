using EcsKit.Rules;
using static EcsKit.Tests.Rules.EfgFindings;

namespace EcsKit.Tests.Rules;

public class RestartPolicyRuleTests
{
    [Theory]
    [InlineData(59)]
    [InlineData(1801)]
    public void Ecs0063_fires_on_an_attempt_period_out_of_range(int seconds)
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").RestartPolicy(attemptPeriod: TimeSpan.FromSeconds(seconds))));

        var d = Assert.Single(Of("ECS0063", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].restartPolicy.restartAttemptPeriod", d.Path);
        Assert.Contains("'app'", d.Message, StringComparison.Ordinal);
        Assert.Contains("60 to 1800", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0063_fires_on_more_than_50_ignored_exit_codes()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").RestartPolicy(Enumerable.Range(1, 51))));

        var d = Assert.Single(Of("ECS0063", td));
        Assert.Equal("$.containerDefinitions[0].restartPolicy.ignoredExitCodes", d.Path);
        Assert.Contains("51 exit codes", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0063_is_silent_at_the_bounds()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("app", c => c.Image("nginx:1.27").RestartPolicy(Enumerable.Range(1, 50), TimeSpan.FromSeconds(60)))
            .Container("worker", c => c.Image("worker:1").RestartPolicy(attemptPeriod: TimeSpan.FromSeconds(1800))));

        Assert.Empty(Of("ECS0063", td));
    }

    [Fact]
    public void Ecs0063_fires_on_windows_fargate_only_when_enabled()
    {
        var enabled = Task(t => t.Fargate(1024, 2048).RuntimePlatform(CPUArchitecture.X86_64, OSFamily.WindowsServer2022Core)
            .Container("app", c => c.Image("iis:1").RestartPolicy()));

        var d = Assert.Single(Of("ECS0063", enabled));
        Assert.Equal("$.containerDefinitions[0].restartPolicy.enabled", d.Path);
        Assert.Contains("Windows", d.Message, StringComparison.Ordinal);

        var disabled = JsonTask(
            """{"name":"app","image":"iis:1","restartPolicy":{"enabled":false}}""",
            "'requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc','cpu':'1024','memory':'2048','runtimePlatform':{'operatingSystemFamily':'WINDOWS_SERVER_2022_CORE'}");
        Assert.Empty(Of("ECS0063", disabled));

        var linux = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").RestartPolicy()));
        Assert.Empty(Of("ECS0063", linux));
    }

    [Fact]
    public void Ecs0063_fires_on_a_fargate_service_before_platform_1_4_0()
    {
        var app = new EcsApp("t");
        var td = app.TaskDefinition("web", t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").RestartPolicy()));
        var service = new Service { ServiceName = "web", TaskDefinition = "web", LaunchType = LaunchType.Fargate, PlatformVersion = "1.3.0" };

        var d = Assert.Single(Of("ECS0063", service, td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.platformVersion", d.Path);
        Assert.Equal(["taskDefinition.containerDefinitions[0].restartPolicy.enabled"], d.AdditionalPaths);
        Assert.Contains("'web'", d.Message, StringComparison.Ordinal);
        Assert.Contains("1.3.0", d.Message, StringComparison.Ordinal);
        Assert.Contains("'app'", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.4.0")]
    [InlineData("LATEST")]
    [InlineData("1.10.0")]
    public void Ecs0063_is_silent_on_platform_1_4_0_or_later(string version)
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").RestartPolicy()));
        var service = new Service { ServiceName = "web", TaskDefinition = "web", LaunchType = LaunchType.Fargate, PlatformVersion = version };

        Assert.Empty(Of("ECS0063", service, td));
    }

    [Fact]
    public void Ecs0063_is_silent_for_an_old_platform_without_a_restart_policy_or_without_the_task()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27")));
        var service = new Service { ServiceName = "web", TaskDefinition = "web", LaunchType = LaunchType.Fargate, PlatformVersion = "1.3.0" };

        Assert.Empty(Of("ECS0063", service, td));
        Assert.Empty(Of("ECS0063", service, null));
    }

    [Fact]
    public void Ecs0063_is_silent_for_unknown_values()
    {
        var app = Container(0, "app");
        app.RestartPolicy = new RestartPolicyFacts { Path = app.Member("restartPolicy"), Enabled = Fact<bool>.Unknown, RestartAttemptPeriod = Fact<int>.Unknown };
        var task = Facts(app);
        task.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of("FARGATE") });
        task.OperatingSystemFamily = "WINDOWS_SERVER_2022_CORE";
        Assert.Empty(Of("ECS0063", task));

        var linux = Facts(app);
        linux.RequiresCompatibilities = task.RequiresCompatibilities;
        app.RestartPolicy.Enabled = true;
        var service = new ServiceFacts { Name = "web", LaunchType = "FARGATE", PlatformVersion = Fact<string>.Unknown, Task = linux };
        Assert.Empty(Of("ECS0063", service));
        service.PlatformVersion = "1.3.0";
        service.LaunchType = Fact<string>.Unknown;
        Assert.Empty(Of("ECS0063", service));
        service.LaunchType = "FARGATE";
        Assert.Single(Of("ECS0063", service));
    }
}
