using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class ReservedAndEphemeralHostPortTests
{
    private const string Reserved = "ECS0007";
    private const string Ephemeral = "ECS0008";

    [Theory]
    [InlineData(22, "SSH")]
    [InlineData(2375, "Docker daemon")]
    [InlineData(2376, "Docker daemon over TLS")]
    [InlineData(51678, "ECS container agent")]
    [InlineData(51680, "ECS container agent")]
    public void Bridge_static_host_port_reserved_by_ECS_fires(int port, string owner)
    {
        var task = Mode("bridge", Container("web", "{'containerPort':80,'hostPort':" + port + "}"));

        var d = Assert.Single(Of(task, Reserved));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].portMappings[0].hostPort", d.Path);
        Assert.Contains("static host port " + port + "/tcp", d.Message, StringComparison.Ordinal);
        Assert.Contains(owner, d.Message, StringComparison.Ordinal);
        Assert.Contains("dynamic host port", d.Message, StringComparison.Ordinal);
        Assert.Empty(Of(task, Ephemeral));
    }

    [Fact]
    public void Host_mode_container_port_on_a_reserved_port_fires_on_the_container_port()
    {
        var d = Assert.Single(Of(Mode("host", Container("docker-proxy", "{'containerPort':2375}")), Reserved));

        Assert.Equal("$.containerDefinitions[0].portMappings[0].containerPort", d.Path);
        Assert.Contains("host mode", d.Message, StringComparison.Ordinal);
        Assert.Contains("another port", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_reserved_host_ports_fire()
    {
        var options = new EcsValidationOptions();
        options.ReservedHostPorts.Add(8125);
        var task = Mode("bridge", Container("web", "{'containerPort':80,'hostPort':8125}"));

        var d = Assert.Single(Of(task, Reserved, options));
        Assert.Contains("ReservedHostPorts", d.Message, StringComparison.Ordinal);
        Assert.Empty(Of(task, Reserved));
    }

    [Fact]
    public void Reserved_ports_that_are_not_static_tcp_host_ports_are_fine()
    {
        // udp: the agent reserves these ports for TCP only.
        Assert.Empty(Of(Mode("bridge", Container("web", "{'containerPort':22,'hostPort':22,'protocol':'udp'}")), Reserved));
        // dynamic host port
        Assert.Empty(Of(Mode("bridge", Container("web", "{'containerPort':22}")), Reserved));
        // awsvpc: the task's own network interface
        Assert.Empty(Of(Mode("awsvpc", Container("web", "{'containerPort':22}")), Reserved));
        Assert.Empty(Of(Fargate(Container("web", "{'containerPort':2375}")), Reserved));
    }

    [Theory]
    [InlineData(50000, "49153-65535")]
    [InlineData(40000, "32768")]
    [InlineData(32768, "32768")]
    public void Static_host_port_in_the_ephemeral_range_warns(int port, string words)
    {
        var task = Mode("bridge", Container("web", "{'containerPort':80,'hostPort':" + port + "}"));

        var d = Assert.Single(Of(task, Ephemeral));
        Assert.Equal(EcsSeverity.Warning, d.Severity);
        Assert.Equal("$.containerDefinitions[0].portMappings[0].hostPort", d.Path);
        Assert.Contains("static host port " + port + "/tcp", d.Message, StringComparison.Ordinal);
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
        Assert.Contains("dynamic host port", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ephemeral_check_fires_in_host_mode_and_not_below_32768_or_in_awsvpc()
    {
        Assert.Single(Of(Mode("host", Container("web", "{'containerPort':50000,'protocol':'udp'}")), Ephemeral));
        Assert.Empty(Of(Mode("bridge", Container("web", "{'containerPort':80,'hostPort':32767}")), Ephemeral));
        Assert.Empty(Of(Mode("bridge", Container("web", "{'containerPort':50000}")), Ephemeral));
        Assert.Empty(Of(Mode("awsvpc", Container("web", "{'containerPort':50000}")), Ephemeral));
        Assert.Empty(Of(Mode("bridge", Container("web", "{'containerPortRange':'50000-50010'}")), Ephemeral));
    }

    [Fact]
    public void Unknown_host_port_or_protocol_does_not_fire()
    {
        var task = MakeTask("bridge", MakeContainer(0, "web",
            new PortFacts { ContainerPort = 80, HostPort = Fact<int>.Unknown },
            new PortFacts { ContainerPort = 81, HostPort = 22, Protocol = Fact<string>.Unknown },
            new PortFacts { ContainerPort = 82, HostPort = 50000, Protocol = Fact<string>.Unknown }));

        Assert.Empty(Of(task, Reserved));
        Assert.Empty(Of(task, Ephemeral));
    }
}
