using EcsKit.Rules;
using static EcsKit.Tests.Rules.EfgFindings;

namespace EcsKit.Tests.Rules;

public class ServiceTaskDefinitionRuleTests
{
    private static TaskDefinition FargateTask() => Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27")));

    private static TaskDefinition BridgeTask() => Task(t => t.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(256)));

    private static Service Service(Func<ServiceBuilder, ServiceBuilder> configure, TaskDefinition taskDefinition)
    {
        var app = new EcsApp("t");
        app.Add(taskDefinition);
        app.Cluster("main").Service("svc", s => configure(s.TaskDefinition(taskDefinition)));
        return app.Services.Single();
    }

    [Fact]
    public void Ecs0075_fires_on_awsvpc_without_a_network_configuration()
    {
        var td = FargateTask();
        var service = Service(s => s.LaunchType(LaunchType.Fargate), td);

        var d = Assert.Single(Of("ECS0075", service, td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$", d.Path);
        Assert.Equal(["taskDefinition.networkMode"], d.AdditionalPaths);
        Assert.Contains("'svc'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'web'", d.Message, StringComparison.Ordinal);
        Assert.Contains("networkConfiguration", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0075_fires_on_a_network_configuration_in_bridge_mode()
    {
        var td = BridgeTask();
        var service = Service(s => s.LaunchType(LaunchType.Ec2).Subnets("subnet-1"), td);

        var d = Assert.Single(Of("ECS0075", service, td));
        Assert.Equal("$.networkConfiguration", d.Path);
        Assert.Contains("bridge", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0075_fires_on_the_fargate_launch_type_for_an_ec2_only_definition()
    {
        var td = Task(t => t.Ec2(NetworkMode.Awsvpc).Container("app", c => c.Image("nginx:1.27").Memory(256)));
        var service = Service(s => s.Fargate().Subnets("subnet-1"), td);

        var d = Assert.Single(Of("ECS0075", service, td));
        Assert.Equal("$.launchType", d.Path);
        Assert.Equal(["taskDefinition.requiresCompatibilities"], d.AdditionalPaths);
        Assert.Contains("requiresCompatibilities", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LaunchType.Fargate)]
    [InlineData(LaunchType.External)]
    public void Ecs0075_fires_on_daemon_with_fargate_or_external(LaunchType launchType)
    {
        var service = new Service { ServiceName = "svc", LaunchType = launchType, SchedulingStrategy = SchedulingStrategy.Daemon };

        var d = Assert.Single(Of("ECS0075", service, null));
        Assert.Equal("$.schedulingStrategy", d.Path);
        Assert.Contains("DAEMON", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0075_fires_on_external_with_awsvpc()
    {
        var td = Task(t => t.RequiresCompatibilities(Compatibility.External).NetworkMode(NetworkMode.Awsvpc).Container("app", c => c.Image("nginx:1.27").Memory(256)));
        var service = Service(s => s.LaunchType(LaunchType.External), td);

        var d = Assert.Single(Of("ECS0075", service, td));
        Assert.Equal("$.launchType", d.Path);
        Assert.Contains("EXTERNAL", d.Message, StringComparison.Ordinal);
        Assert.Contains("awsvpc", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0075_is_silent_for_matching_services()
    {
        var fargate = FargateTask();
        var bridge = BridgeTask();

        Assert.Empty(Of("ECS0075", Service(s => s.Fargate().Subnets("subnet-1"), fargate), fargate));
        Assert.Empty(Of("ECS0075", Service(s => s.LaunchType(LaunchType.Ec2).Daemon(), bridge), bridge));
        Assert.Empty(Of("ECS0075", Service(s => s.LaunchType(LaunchType.External), bridge), bridge));
    }

    [Fact]
    public void Ecs0075_is_silent_when_requires_compatibilities_is_absent()
    {
        // ECS works out the compatibilities of such a definition itself.
        var td = JsonTask("""{"name":"app","image":"nginx:1.27"}""", "'networkMode':'awsvpc','cpu':'256','memory':'512'");
        var service = Service(s => s.Fargate().Subnets("subnet-1"), td);

        Assert.Empty(Of("ECS0075", service, td));
    }

    [Fact]
    public void Ecs0075_is_silent_for_unknown_facts()
    {
        var task = Facts(Container(0, "app"));
        task.NetworkMode = Fact<string>.Unknown;
        task.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Unknown });
        var service = new ServiceFacts { Name = "svc", LaunchType = "FARGATE", HasNetworkConfiguration = true, Task = task };
        Assert.Empty(Of("ECS0075", service));

        var awsvpc = Facts(Container(0, "app"));
        awsvpc.NetworkMode = "awsvpc";
        var unknownConfig = new ServiceFacts { Name = "svc", HasNetworkConfiguration = Fact<bool>.Unknown, Task = awsvpc };
        Assert.Empty(Of("ECS0075", unknownConfig));

        var daemon = new ServiceFacts { Name = "svc", LaunchType = Fact<string>.Unknown, SchedulingStrategy = "DAEMON" };
        Assert.Empty(Of("ECS0075", daemon));
    }
}
