using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class LoadBalancerMismatchTests
{
    private const string Id = "ECS0012";

    private static readonly TaskDefinition Web = Mode("awsvpc",
        Container("web", "{'containerPort':80}", "{'containerPortRange':'9000-9010'}"),
        Container("sidecar"));

    private static Service Balanced(string containerName, int containerPort) =>
        Service("{'serviceName':'shop','taskDefinition':'f','loadBalancers':[{'targetGroupArn':'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/tg/1','containerName':'"
            + containerName + "','containerPort':" + containerPort + "}]}");

    [Fact]
    public void A_container_name_not_in_the_task_fires()
    {
        var d = Assert.Single(Only(Balanced("api", 80).Validate(Web), Id));

        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.loadBalancers[0].containerName", d.Path);
        Assert.Contains("Service 'shop'", d.Message, StringComparison.Ordinal);
        Assert.Contains("container 'api'", d.Message, StringComparison.Ordinal);
        Assert.Contains("task definition 'f' has no such container", d.Message, StringComparison.Ordinal);
        Assert.Contains("'web', 'sidecar'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_container_port_the_container_does_not_map_fires()
    {
        var d = Assert.Single(Only(Balanced("web", 8080).Validate(Web), Id));

        Assert.Equal("$.loadBalancers[0].containerPort", d.Path);
        Assert.Equal(["taskDefinition.containerDefinitions[0].portMappings"], d.AdditionalPaths);
        Assert.Contains("port 8080 of container 'web'", d.Message, StringComparison.Ordinal);
        Assert.Contains("maps only 80, 9000-9010", d.Message, StringComparison.Ordinal);
        Assert.Contains("add a port mapping for 8080", d.Message, StringComparison.Ordinal);
        Assert.Contains("maps no port", Assert.Single(Only(Balanced("sidecar", 80).Validate(Web), Id)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(9005)]
    public void A_mapped_container_port_is_fine(int port) =>
        Assert.Empty(Only(Balanced("web", port).Validate(Web), Id));

    [Fact]
    public void Fluent_app_with_a_matching_load_balancer_is_fine_and_a_mismatch_fires()
    {
        var app = new EcsApp("t");
        var web = app.TaskDefinition("web", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Port(8080)));
        app.Cluster("main", c => c
            .Service("good", s => s.TaskDefinition(web).DesiredCount(1).LoadBalancer("arn:tg", "app", 8080))
            .Service("bad", s => s.TaskDefinition(web).DesiredCount(1).LoadBalancer("arn:tg", "app", 80)));

        var d = Assert.Single(Of(app, Id));
        Assert.Equal("clusters['main'].services['bad'].loadBalancers[0].containerPort", d.Path);
    }

    [Fact]
    public void Without_the_task_definition_nothing_is_known()
    {
        Assert.Empty(Only(Balanced("api", 80).Validate(), Id));
    }

    [Fact]
    public void Unknown_names_or_ports_do_not_fire()
    {
        var task = MakeTask("awsvpc",
            MakeContainer(0, "web", new PortFacts { ContainerPort = 80 }, new PortFacts { ContainerPort = Fact<int>.Unknown }),
            new ContainerFacts { Path = "$.containerDefinitions[1]", Name = Fact<string>.Unknown });
        var service = new ServiceFacts
        {
            Name = "shop",
            Task = task,
            LoadBalancers = new FactList<LoadBalancerFacts>(new[]
            {
                new LoadBalancerFacts { Path = "$.loadBalancers[0]", ContainerName = "api", ContainerPort = 80 },
                new LoadBalancerFacts { Path = "$.loadBalancers[1]", ContainerName = "web", ContainerPort = 8080 },
                new LoadBalancerFacts { Path = "$.loadBalancers[2]", ContainerName = Fact<string>.Unknown, ContainerPort = 80 },
                new LoadBalancerFacts { Path = "$.loadBalancers[3]", ContainerName = "web", ContainerPort = Fact<int>.Unknown },
            }),
        };

        Assert.DoesNotContain(RuleRunner.Run(service), d => d.Id == Id);
    }
}
