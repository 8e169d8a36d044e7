using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class HostPortMappedTwiceTests
{
    private const string Id = "ECS0004";

    [Fact]
    public void Bridge_with_two_dynamic_80s_is_fine()
    {
        var task = Mode("bridge", Container("a", "{'containerPort':80}"), Container("b", "{'containerPort':80,'hostPort':0}"));

        Assert.Empty(Of(task, Id));
    }

    [Fact]
    public void Bridge_with_the_same_static_8080_in_two_containers_fires_on_the_second()
    {
        var task = Mode("bridge", Container("a", "{'containerPort':80,'hostPort':8080}"), Container("b", "{'containerPort':3000,'hostPort':8080}"));

        var d = Assert.Single(Of(task, Id));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[1].portMappings[0].hostPort", d.Path);
        Assert.Equal(["$.containerDefinitions[0].portMappings[0].hostPort"], d.AdditionalPaths);
        Assert.Contains("Containers 'a' and 'b'", d.Message, StringComparison.Ordinal);
        Assert.Contains("8080/tcp", d.Message, StringComparison.Ordinal);
        Assert.Contains("bridge mode", d.Message, StringComparison.Ordinal);
        Assert.Contains("dynamic host port", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bridge_with_different_static_host_ports_is_fine()
    {
        var task = Mode("bridge", Container("a", "{'containerPort':80,'hostPort':8080}"), Container("b", "{'containerPort':80,'hostPort':8081}"));

        Assert.Empty(Of(task, Id));
    }

    [Fact]
    public void Bridge_one_container_mapping_one_static_host_port_for_two_container_ports_fires()
    {
        var task = Mode("bridge", Container("a", "{'containerPort':80,'hostPort':8080}", "{'containerPort':81,'hostPort':8080}"));

        var d = Assert.Single(Of(task, Id));
        Assert.Equal("$.containerDefinitions[0].portMappings[1].hostPort", d.Path);
        Assert.Contains("Container 'a' maps static host port 8080/tcp twice", d.Message, StringComparison.Ordinal);
        Assert.Contains("container ports 80 and 81", d.Message, StringComparison.Ordinal);
        Assert.Empty(Of(task, "ECS0005"));
    }

    [Fact]
    public void Awsvpc_two_containers_on_containerPort_80_fire()
    {
        var task = Mode("awsvpc", Container("web", "{'containerPort':80}"), Container("sidecar", "{'containerPort':80}"));

        var d = Assert.Single(Of(task, Id));
        Assert.Equal("$.containerDefinitions[1].portMappings[0].containerPort", d.Path);
        Assert.Equal(["$.containerDefinitions[0].portMappings[0].containerPort"], d.AdditionalPaths);
        Assert.Contains("Containers 'web' and 'sidecar' both use port 80/tcp", d.Message, StringComparison.Ordinal);
        Assert.Contains("awsvpc mode", d.Message, StringComparison.Ordinal);
        Assert.Contains("another port", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fargate_without_networkMode_two_containers_on_80_fire()
    {
        var task = Fargate(Container("web", "{'containerPort':80}"), Container("proxy", "{'containerPort':80,'hostPort':80}"));

        var d = Assert.Single(Of(task, Id));
        Assert.Equal("$.containerDefinitions[1].portMappings[0].hostPort", d.Path);
        Assert.Contains("Fargate", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_mode_two_containers_on_the_same_port_fire()
    {
        var task = Mode("host", Container("a", "{'containerPort':9000}"), Container("b", "{'containerPort':9000}"));

        var d = Assert.Single(Of(task, Id));
        Assert.Contains("host mode", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tcp_and_udp_on_the_same_port_in_two_containers_are_fine()
    {
        var task = Mode("awsvpc", Container("dns-tcp", "{'containerPort':53}"), Container("dns-udp", "{'containerPort':53,'protocol':'udp'}"));

        Assert.Empty(Of(task, Id));
        Assert.Empty(Of(task, "ECS0005"));
    }

    [Fact]
    public void Tcp_and_udp_on_the_same_port_in_one_container_fire_ECS0005_not_ECS0004()
    {
        var task = Mode("awsvpc", Container("dns", "{'containerPort':53}", "{'containerPort':53,'protocol':'udp'}"));

        Assert.Empty(Of(task, Id));
        Assert.Single(Of(task, "ECS0005"));
    }

    [Fact]
    public void Awsvpc_port_range_overlapping_another_containers_port_fires()
    {
        var task = Mode("awsvpc", Container("media", "{'containerPortRange':'8000-8010'}"), Container("api", "{'containerPort':8005}"));

        var d = Assert.Single(Of(task, Id));
        Assert.Equal("$.containerDefinitions[1].portMappings[0].containerPort", d.Path);
        Assert.Equal(["$.containerDefinitions[0].portMappings[0].containerPortRange"], d.AdditionalPaths);
        Assert.Contains("port 8005/tcp", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bridge_port_ranges_get_dynamic_host_ports_and_never_collide()
    {
        var task = Mode("bridge", Container("a", "{'containerPortRange':'8000-8010'}"), Container("b", "{'containerPortRange':'8000-8010'}"));

        Assert.Empty(Of(task, Id));
    }

    [Fact]
    public void Three_containers_on_one_port_report_the_second_and_third_against_the_first()
    {
        var task = Mode("awsvpc", Container("a", "{'containerPort':80}"), Container("b", "{'containerPort':80}"), Container("c", "{'containerPort':80}"));

        var found = Of(task, Id);
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.Equal(["$.containerDefinitions[0].portMappings[0].containerPort"], d.AdditionalPaths));
    }

    [Fact]
    public void Unknown_protocol_or_host_port_does_not_fire()
    {
        var unknownProtocol = MakeTask("awsvpc",
            MakeContainer(0, "a", new PortFacts { ContainerPort = 53 }),
            MakeContainer(1, "b", new PortFacts { ContainerPort = 53, Protocol = Fact<string>.Unknown }));
        var unknownHost = MakeTask("bridge",
            MakeContainer(0, "a", new PortFacts { ContainerPort = 80, HostPort = 8080 }),
            MakeContainer(1, "b", new PortFacts { ContainerPort = 80, HostPort = Fact<int>.Unknown }));
        var unknownMode = MakeTask(Fact<string>.Unknown,
            MakeContainer(0, "a", new PortFacts { ContainerPort = 80 }),
            MakeContainer(1, "b", new PortFacts { ContainerPort = 80 }));

        Assert.Empty(Of(unknownProtocol, Id));
        Assert.Empty(Of(unknownHost, Id));
        Assert.Empty(Of(unknownMode, Id));
    }
}
