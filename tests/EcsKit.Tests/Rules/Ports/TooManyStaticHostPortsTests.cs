using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class TooManyStaticHostPortsTests
{
    private const string Id = "ECS0009";

    private static string[] StaticMappings(int count, int first = 10000) =>
        Enumerable.Range(first, count).Select(p => "{'containerPort':" + p + ",'hostPort':" + p + "}").ToArray();

    [Fact]
    public void More_than_94_distinct_static_host_ports_fire_once()
    {
        var task = Mode("bridge", Container("a", StaticMappings(50)), Container("b", StaticMappings(46, 20000)));

        var d = Assert.Single(Of(task, Id));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        // The 95th distinct port: container b's 45th mapping.
        Assert.Equal("$.containerDefinitions[1].portMappings[44].hostPort", d.Path);
        Assert.Contains("Task definition 'f' maps 96 distinct static host ports", d.Message, StringComparison.Ordinal);
        Assert.Contains("at most 94", d.Message, StringComparison.Ordinal);
        Assert.Contains("dynamic host ports", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_94_is_fine_and_configured_reserved_ports_lower_the_limit()
    {
        var task = Mode("bridge", Container("a", StaticMappings(94)));
        var options = new EcsValidationOptions();
        options.ReservedHostPorts.Add(8125);

        Assert.Empty(Of(task, Id));
        var d = Assert.Single(Of(task, Id, options));
        Assert.Contains("at most 93", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dynamic_host_ports_awsvpc_ports_and_repeats_do_not_count()
    {
        var dynamicPorts = Enumerable.Range(10000, 120).Select(p => "{'containerPort':" + p + "}").ToArray();

        Assert.Empty(Of(Mode("bridge", Container("a", dynamicPorts)), Id));
        Assert.Empty(Of(Mode("awsvpc", Container("a", dynamicPorts)), Id));
        // The same 60 host ports in two containers are 60 distinct ports (ECS0004 reports the repeats).
        Assert.Empty(Of(Mode("bridge", Container("a", StaticMappings(60)), Container("b", StaticMappings(60))), Id));
    }

    [Fact]
    public void Host_mode_ports_count()
    {
        var ports = Enumerable.Range(10000, 95).Select(p => "{'containerPort':" + p + "}").ToArray();

        Assert.Single(Of(Mode("host", Container("a", ports)), Id));
    }

    [Fact]
    public void Unknown_host_ports_do_not_count()
    {
        var mappings = Enumerable.Range(10000, 95)
            .Select(p => new PortFacts { ContainerPort = p, HostPort = p == 10000 ? Fact<int>.Unknown : p })
            .ToArray();

        Assert.Empty(Of(MakeTask("bridge", MakeContainer(0, "a", mappings)), Id));
    }
}
