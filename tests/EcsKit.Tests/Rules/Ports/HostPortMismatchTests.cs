using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class HostPortMismatchTests
{
    private const string Awsvpc = "ECS0001";
    private const string HostMode = "ECS0002";

    [Fact]
    public void Fargate_with_hostPort_0_fires_ECS0001_asking_to_omit_it()
    {
        var task = Fargate(Container("web", "{'containerPort':80,'hostPort':0}"));

        var d = Assert.Single(Of(task, Awsvpc));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].portMappings[0].hostPort", d.Path);
        Assert.Contains("'web'", d.Message, StringComparison.Ordinal);
        Assert.Contains("hostPort 0", d.Message, StringComparison.Ordinal);
        Assert.Contains("Fargate", d.Message, StringComparison.Ordinal);
        Assert.Contains("omit hostPort", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Awsvpc_hostPort_other_than_containerPort_fires()
    {
        var task = Mode("awsvpc", Container("web", "{'containerPort':80}", "{'containerPort':443,'hostPort':8443}"));

        var d = Assert.Single(Of(task, Awsvpc));
        Assert.Equal("$.containerDefinitions[0].portMappings[1].hostPort", d.Path);
        Assert.Contains("containerPort 443 to hostPort 8443", d.Message, StringComparison.Ordinal);
        Assert.Contains("awsvpc mode", d.Message, StringComparison.Ordinal);
        Assert.Contains("set it to 443", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fluent_Fargate_task_with_a_different_host_port_fires()
    {
        var app = new EcsApp("t");
        var task = app.TaskDefinition("web", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Port(80, 8080)));

        Assert.Single(Of(task, Awsvpc));
    }

    [Theory]
    [InlineData("{'containerPort':80,'hostPort':80}")]
    [InlineData("{'containerPort':80}")]
    public void Awsvpc_hostPort_equal_or_absent_is_fine(string mapping)
    {
        Assert.Empty(Of(Mode("awsvpc", Container("web", mapping)), Awsvpc));
        Assert.Empty(Of(Fargate(Container("web", mapping)), Awsvpc));
    }

    [Fact]
    public void Bridge_mode_may_map_another_host_port()
    {
        var task = Mode("bridge", Container("web", "{'containerPort':80,'hostPort':8080}", "{'containerPort':81,'hostPort':0}"));

        Assert.Empty(Of(task, Awsvpc));
        Assert.Empty(Of(task, HostMode));
    }

    [Fact]
    public void Host_mode_hostPort_other_than_containerPort_fires_ECS0002()
    {
        var task = Mode("host", Container("agent", "{'containerPort':8125,'hostPort':9125,'protocol':'udp'}"));

        var d = Assert.Single(Of(task, HostMode));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].portMappings[0].hostPort", d.Path);
        Assert.Contains("'agent'", d.Message, StringComparison.Ordinal);
        Assert.Contains("host mode", d.Message, StringComparison.Ordinal);
        Assert.Contains("omit hostPort", d.Message, StringComparison.Ordinal);
        Assert.Empty(Of(task, Awsvpc));
    }

    [Fact]
    public void Host_mode_hostPort_0_fires_ECS0002()
    {
        var d = Assert.Single(Of(Mode("host", Container("agent", "{'containerPort':8125,'hostPort':0}")), HostMode));

        Assert.Contains("hostPort 0", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'containerPort':8125,'hostPort':8125}")]
    [InlineData("{'containerPort':8125}")]
    public void Host_mode_hostPort_equal_or_absent_is_fine(string mapping) =>
        Assert.Empty(Of(Mode("host", Container("agent", mapping)), HostMode));

    [Fact]
    public void An_out_of_range_hostPort_is_left_to_ECS0006()
    {
        var task = Mode("awsvpc", Container("web", "{'containerPort':80,'hostPort':70000}"));

        Assert.Empty(Of(task, Awsvpc));
        Assert.Single(Of(task, "ECS0006"));
    }

    [Fact]
    public void Unknown_host_port_or_network_mode_does_not_fire()
    {
        var unknownHost = MakeTask("awsvpc", MakeContainer(0, "web", new PortFacts { ContainerPort = 80, HostPort = Fact<int>.Unknown }));
        var unknownContainer = MakeTask("awsvpc", MakeContainer(0, "web", new PortFacts { ContainerPort = Fact<int>.Unknown, HostPort = 8080 }));
        var unknownMode = MakeTask(Fact<string>.Unknown, MakeContainer(0, "web", new PortFacts { ContainerPort = 80, HostPort = 8080 }));

        Assert.Empty(Of(unknownHost, Awsvpc));
        Assert.Empty(Of(unknownContainer, Awsvpc));
        Assert.Empty(Of(unknownMode, Awsvpc));
        Assert.Empty(Of(unknownMode, HostMode));
    }

    [Fact]
    public void Unknown_mode_of_a_Fargate_task_is_still_awsvpc()
    {
        var task = MakeTask(Fact<string>.Unknown, MakeContainer(0, "web", new PortFacts { ContainerPort = 80, HostPort = 8080 }));
        task.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of("FARGATE") });

        Assert.Single(Of(task, Awsvpc));
    }
}
