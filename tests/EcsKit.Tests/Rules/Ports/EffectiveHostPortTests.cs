using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class EffectiveHostPortTests
{
    private static List<string> Effective(TaskFacts task) =>
        HostPorts.Effective(task).Select(u => u.Describe() + " @" + u.Path[(u.Path.LastIndexOf('.') + 1)..]).ToList();

    [Fact]
    public void Bridge_counts_only_explicit_host_ports_above_0()
    {
        var task = MakeTask("bridge", MakeContainer(0, "a",
            new PortFacts { ContainerPort = 80 },
            new PortFacts { ContainerPort = 81, HostPort = 0 },
            new PortFacts { ContainerPort = 82, HostPort = 8082, Protocol = "udp" },
            new PortFacts { ContainerPortRange = "9000-9010" }));

        Assert.Equal(["8082/udp @hostPort"], Effective(task));
    }

    [Fact]
    public void Absent_network_mode_is_bridge_on_Linux_and_awsvpc_on_Fargate()
    {
        var mapping = new PortFacts { ContainerPort = 80 };
        var linux = MakeTask(Fact<string>.Absent, MakeContainer(0, "a", mapping));
        var fargate = MakeTask(Fact<string>.Absent, MakeContainer(0, "a", mapping));
        fargate.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of("EC2"), Fact<string>.Of("FARGATE") });

        Assert.Empty(Effective(linux));
        Assert.Equal(["80/tcp @containerPort"], Effective(fargate));
    }

    [Theory]
    [InlineData("awsvpc")]
    [InlineData("host")]
    public void Awsvpc_and_host_use_the_container_port(string mode)
    {
        var task = MakeTask(mode, MakeContainer(0, "a",
            new PortFacts { ContainerPort = 80 },
            new PortFacts { ContainerPort = 443, HostPort = 443 },
            new PortFacts { ContainerPort = 53, Protocol = "UDP" }));

        Assert.Equal(["80/tcp @containerPort", "443/tcp @hostPort", "53/udp @containerPort"], Effective(task));
    }

    [Fact]
    public void Awsvpc_ranges_take_the_same_host_ports_and_host_mode_has_none()
    {
        var range = new PortFacts { ContainerPortRange = "8000-8010" };

        Assert.Equal(["8000-8010/tcp @containerPortRange"], Effective(MakeTask("awsvpc", MakeContainer(0, "a", range))));
        Assert.Empty(Effective(MakeTask("host", MakeContainer(0, "a", range))));
    }

    [Fact]
    public void Unknown_values_and_other_modes_give_nothing()
    {
        Assert.Empty(Effective(MakeTask("awsvpc", MakeContainer(0, "a", new PortFacts { ContainerPort = Fact<int>.Unknown }))));
        Assert.Empty(Effective(MakeTask("awsvpc", MakeContainer(0, "a", new PortFacts { ContainerPort = 80, Protocol = Fact<string>.Unknown }))));
        Assert.Empty(Effective(MakeTask("none", MakeContainer(0, "a", new PortFacts { ContainerPort = 80 }))));
        Assert.Empty(Effective(MakeTask(Fact<string>.Unknown, MakeContainer(0, "a", new PortFacts { ContainerPort = 80 }))));
    }

    [Theory]
    [InlineData("8000-8010", true, 8000, 8010)]
    [InlineData(" 1 - 2 ", true, 1, 2)]
    [InlineData("8000", false, 0, 0)]
    [InlineData("-8000", false, 0, 0)]
    [InlineData("a-b", false, 0, 0)]
    [InlineData("8000-", false, 0, 0)]
    public void Ranges_parse_as_first_dash_last(string text, bool parses, int first, int last)
    {
        Assert.Equal(parses, HostPorts.TryParseRange(text, out var f, out var l));
        if (parses)
        {
            Assert.Equal((first, last), (f, l));
        }
    }
}
