using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class InvalidPortOrRangeTests
{
    private const string Id = "ECS0006";

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    [InlineData(-5)]
    public void ContainerPort_outside_1_to_65535_fires(int port)
    {
        var task = Mode("bridge", Container("web", "{'containerPort':" + port + "}"));

        var d = Assert.Single(Of(task, Id));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].portMappings[0].containerPort", d.Path);
        Assert.Contains("containerPort " + port, d.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 65535", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fluent_container_port_0_fires()
    {
        var app = new EcsApp("t");
        var task = app.TaskDefinition("web", td => td.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(128).Port(0)));

        Assert.Single(Of(task, Id));
    }

    [Theory]
    [InlineData(70000)]
    [InlineData(-1)]
    public void HostPort_outside_the_port_range_fires(int port)
    {
        var d = Assert.Single(Of(Mode("bridge", Container("web", "{'containerPort':80,'hostPort':" + port + "}")), Id));

        Assert.Equal("$.containerDefinitions[0].portMappings[0].hostPort", d.Path);
        Assert.Contains("hostPort " + port, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostPort_0_is_a_dynamic_port_in_bridge_mode()
    {
        Assert.Empty(Of(Mode("bridge", Container("web", "{'containerPort':80,'hostPort':0}")), Id));
        Assert.Empty(Of(Mode("bridge", Container("web", "{'containerPort':1}", "{'containerPort':65535,'hostPort':65535}")), Id));
    }

    [Fact]
    public void Port_range_in_host_mode_fires()
    {
        var d = Assert.Single(Of(Mode("host", Container("media", "{'containerPortRange':'8000-8010'}")), Id));

        Assert.Equal("$.containerDefinitions[0].portMappings[0].containerPortRange", d.Path);
        Assert.Contains("host mode", d.Message, StringComparison.Ordinal);
        Assert.Contains("bridge and awsvpc", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bridge")]
    [InlineData("awsvpc")]
    public void Valid_port_range_in_bridge_or_awsvpc_mode_is_fine(string mode) =>
        Assert.Empty(Of(Mode(mode, Container("media", "{'containerPortRange':'8000-8010'}", "{'containerPortRange':' 9000 - 9001 ','protocol':'udp'}")), Id));

    [Fact]
    public void Port_range_with_a_hostPort_fires_on_the_hostPort()
    {
        var d = Assert.Single(Of(Mode("bridge", Container("media", "{'containerPortRange':'8000-8010','hostPort':8000}")), Id));

        Assert.Equal("$.containerDefinitions[0].portMappings[0].hostPort", d.Path);
        Assert.Contains("omit hostPort", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9000-8000", "lower than the last")]
    [InlineData("8000-8000", "lower than the last")]
    [InlineData("8000", "first-last")]
    [InlineData("80a0-8010", "first-last")]
    [InlineData("8000-8010-8020", "first-last")]
    [InlineData("0-10", "1 to 65535")]
    [InlineData("8000-70000", "1 to 65535")]
    public void Malformed_or_inverted_ranges_fire(string range, string words)
    {
        var d = Assert.Single(Of(Mode("awsvpc", Container("media", "{'containerPortRange':'" + range + "'}")), Id));

        Assert.Equal("$.containerDefinitions[0].portMappings[0].containerPortRange", d.Path);
        Assert.Contains("'" + range + "'", d.Message, StringComparison.Ordinal);
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_100_ranges_in_one_container_fire_once()
    {
        var ranges = Enumerable.Range(0, 101).Select(i => "{'containerPortRange':'" + (10000 + i * 10) + "-" + (10000 + i * 10 + 5) + "'}").ToArray();

        var d = Assert.Single(Of(Mode("awsvpc", Container("media", ranges)), Id));
        Assert.Equal("$.containerDefinitions[0].portMappings[100].containerPortRange", d.Path);
        Assert.Contains("more than 100", d.Message, StringComparison.Ordinal);
        Assert.Empty(Of(Mode("awsvpc", Container("media", ranges.Take(100).ToArray())), Id));
    }

    [Fact]
    public void Unknown_values_do_not_fire()
    {
        var task = MakeTask("awsvpc", MakeContainer(0, "web",
            new PortFacts { ContainerPort = Fact<int>.Unknown, HostPort = Fact<int>.Unknown },
            new PortFacts { ContainerPortRange = Fact<string>.Unknown }));
        var unknownMode = MakeTask(Fact<string>.Unknown, MakeContainer(0, "web", new PortFacts { ContainerPortRange = "8000-8010" }));

        Assert.Empty(Of(task, Id));
        Assert.Empty(Of(unknownMode, Id));
    }
}
