using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class LocalHostPortConflictTests
{
    private const string Id = "ECS0011";

    private static readonly EcsValidationOptions Local = new() { LocalDocker = true };

    private static EcsApp TwoFargateServicesOn80()
    {
        var app = new EcsApp("t");
        app.TaskDefinition("web", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Port(80)));
        app.TaskDefinition("api", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Port(80)));
        app.Cluster("front", c => c.Service("web", s => s.TaskDefinition("web").DesiredCount(1)));
        app.Cluster("back", c => c.Service("api", s => s.TaskDefinition("api").DesiredCount(1)));
        return app;
    }

    [Fact]
    public void Local_profile_off_is_silent()
    {
        Assert.Empty(Of(TwoFargateServicesOn80(), Id));
    }

    [Fact]
    public void Local_profile_on_reports_two_services_publishing_one_port_across_clusters()
    {
        var d = Assert.Single(Of(TwoFargateServicesOn80(), Id, Local));

        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("taskDefinitions['api'].containerDefinitions[0].portMappings[0].containerPort", d.Path);
        Assert.Equal(["taskDefinitions['web'].containerDefinitions[0].portMappings[0].containerPort"], d.AdditionalPaths);
        Assert.Contains("services 'web' (cluster 'front') and 'api' (cluster 'back')", d.Message, StringComparison.Ordinal);
        Assert.Contains("host port 80/tcp (awsvpc mode)", d.Message, StringComparison.Ordinal);
        Assert.Contains("remap one of them to another host port", d.Message, StringComparison.Ordinal);
        Assert.Contains("publish the port dynamically", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bridge_static_port_meets_an_awsvpc_port_locally()
    {
        var app = new EcsApp("t");
        app.TaskDefinition("web", td => td.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(128).Port(8080, 80)));
        app.TaskDefinition("api", td => td.Ec2(NetworkMode.Awsvpc).Container("app", c => c.Image("nginx:1.27").Memory(128).Port(80)));
        app.Cluster("main", c => c
            .Service("web", s => s.TaskDefinition("web").DesiredCount(1))
            .Service("api", s => s.TaskDefinition("api").DesiredCount(1)));

        var d = Assert.Single(Of(app, Id, Local));
        Assert.Contains("services 'web' and 'api' both publish host port 80/tcp (bridge and awsvpc mode)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dynamic_ports_other_protocols_and_other_ports_are_fine_locally()
    {
        var app = new EcsApp("t");
        app.TaskDefinition("dyn", td => td.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(128).Port(80)));
        app.TaskDefinition("tcp", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Port(53)));
        app.TaskDefinition("udp", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Port(53, protocol: TransportProtocol.Udp)));
        app.TaskDefinition("other", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Port(8080)));
        app.Cluster("main", c => c
            .Service("dyn-1", s => s.TaskDefinition("dyn").DesiredCount(3))
            .Service("dyn-2", s => s.TaskDefinition("dyn").DesiredCount(1))
            .Service("tcp", s => s.TaskDefinition("tcp").DesiredCount(1))
            .Service("udp", s => s.TaskDefinition("udp").DesiredCount(1))
            .Service("other", s => s.TaskDefinition("other").DesiredCount(1)));

        Assert.Empty(Of(app, Id, Local));
    }

    [Fact]
    public void Replicas_of_one_service_publishing_a_port_conflict_locally()
    {
        var app = new EcsApp("t");
        app.TaskDefinition("web", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Port(80)));
        app.Cluster("main", c => c.Service("web", s => s.TaskDefinition("web").DesiredCount(2)));

        var d = Assert.Single(Of(app, Id, Local));
        Assert.Equal(["clusters['main'].services['web'].desiredCount"], d.AdditionalPaths);
        Assert.Contains("service 'web' runs 2 replicas", d.Message, StringComparison.Ordinal);
        Assert.Contains("publish the port dynamically", d.Message, StringComparison.Ordinal);
        // A daemon runs once on the one local host.
        var daemon = new EcsApp("t");
        daemon.TaskDefinition("agent", td => td.Ec2(NetworkMode.Host).Container("app", c => c.Image("nginx:1.27").Memory(128).Port(8125)));
        daemon.Cluster("main", c => c.Service("agent", s => s.TaskDefinition("agent").Daemon()));
        Assert.Empty(Of(daemon, Id, Local));
    }

    [Fact]
    public void Suppressing_keeps_the_local_rule_off()
    {
        var options = new EcsValidationOptions { LocalDocker = true }.Suppress(Id);

        Assert.Empty(Of(TwoFargateServicesOn80(), Id, options));
    }

    [Fact]
    public void Unknown_ports_or_task_definitions_do_not_fire()
    {
        var known = MakeTask("awsvpc", MakeContainer(0, "app", new PortFacts { ContainerPort = 80 }));
        var unknown = MakeTask("awsvpc", MakeContainer(0, "app", new PortFacts { ContainerPort = Fact<int>.Unknown }));
        var app = new AppFacts
        {
            Clusters = new FactList<ClusterFacts>(new[]
            {
                new ClusterFacts
                {
                    Name = "main",
                    Services = new FactList<ServiceFacts>(new[]
                    {
                        new ServiceFacts { Path = "s1", Name = "a", Task = known, DesiredCount = Fact<int>.Unknown },
                        new ServiceFacts { Path = "s2", Name = "b", Task = unknown, DesiredCount = 1 },
                        new ServiceFacts { Path = "s3", Name = "c", Task = null, DesiredCount = 1 },
                    }),
                },
            }),
        };

        Assert.DoesNotContain(RuleRunner.Run(app, new RuleOptions { LocalDocker = true }), d => d.Id == Id);
    }
}
