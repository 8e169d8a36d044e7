using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class ContainerPortReusedTests
{
    private const string Id = "ECS0005";

    [Fact]
    public void Tcp_and_udp_on_one_container_port_fire()
    {
        var task = Mode("bridge", Container("dns", "{'containerPort':53}", "{'containerPort':53,'protocol':'udp'}"));

        var d = Assert.Single(Of(task, Id));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].portMappings[1].containerPort", d.Path);
        Assert.Equal(["$.containerDefinitions[0].portMappings[0].containerPort"], d.AdditionalPaths);
        Assert.Contains("'dns'", d.Message, StringComparison.Ordinal);
        Assert.Contains("container port 53 for both tcp and udp", d.Message, StringComparison.Ordinal);
        Assert.Contains("keep one of the mappings", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exact_duplicate_fires_asking_to_remove_it()
    {
        var task = Mode("awsvpc", Container("web", "{'containerPort':80}", "{'containerPort':80,'protocol':'tcp'}"));

        var d = Assert.Single(Of(task, Id));
        Assert.Contains("container port 80 twice", d.Message, StringComparison.Ordinal);
        Assert.Contains("remove the duplicate", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bridge_two_mappings_of_one_container_port_to_different_host_ports_fire()
    {
        var task = Mode("bridge", Container("web", "{'containerPort':80,'hostPort':8080}", "{'containerPort':80,'hostPort':8081}"));

        Assert.Single(Of(task, Id));
        Assert.Empty(Of(task, "ECS0004"));
    }

    [Fact]
    public void Overlapping_ranges_and_a_port_inside_a_range_fire()
    {
        var task = Mode("awsvpc", Container("media",
            "{'containerPortRange':'8000-8010'}", "{'containerPortRange':'8005-8020','protocol':'udp'}", "{'containerPort':8015}"));

        var found = Of(task, Id);
        Assert.Equal(2, found.Count);
        Assert.Equal("$.containerDefinitions[0].portMappings[1].containerPortRange", found[0].Path);
        Assert.Contains("container ports 8005-8010", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("range 8000-8010 and range 8005-8020", found[0].Message, StringComparison.Ordinal);
        Assert.Equal("$.containerDefinitions[0].portMappings[2].containerPort", found[1].Path);
        Assert.Equal(["$.containerDefinitions[0].portMappings[1].containerPortRange"], found[1].AdditionalPaths);
        Assert.Contains("container port 8015", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjacent_ranges_distinct_ports_and_other_containers_are_fine()
    {
        Assert.Empty(Of(Mode("awsvpc", Container("media", "{'containerPortRange':'8000-8010'}", "{'containerPortRange':'8011-8020'}")), Id));
        Assert.Empty(Of(Mode("bridge", Container("web", "{'containerPort':80}", "{'containerPort':443}")), Id));
        Assert.Empty(Of(Mode("bridge", Container("a", "{'containerPort':80}"), Container("b", "{'containerPort':80}")), Id));
    }

    [Fact]
    public void Unknown_container_ports_do_not_fire()
    {
        var task = MakeTask("awsvpc", MakeContainer(0, "web",
            new PortFacts { ContainerPort = 80 },
            new PortFacts { ContainerPort = Fact<int>.Unknown },
            new PortFacts { ContainerPortRange = Fact<string>.Unknown }));

        Assert.Empty(Of(task, Id));
    }
}
