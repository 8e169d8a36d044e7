using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class SensitivePortExposedTests
{
    private const string Id = "ECS0013";

    private static TaskDefinition WithUser(string? user, int port, string linux = "") =>
        Task("{'family':'f','networkMode':'awsvpc','containerDefinitions':[{'name':'web','image':'nginx:1.27'"
            + (user is null ? "" : ",'user':'" + user + "'") + linux + ",'portMappings':[{'containerPort':" + port + "}]}]}");

    [Fact]
    public void Port_22_is_reported_as_info()
    {
        var task = Mode("bridge", Container("bastion", "{'containerPort':22,'hostPort':2222}"));

        var d = Assert.Single(Of(task, Id));
        Assert.Equal(EcsSeverity.Info, d.Severity);
        Assert.Equal("$.containerDefinitions[0].portMappings[0].containerPort", d.Path);
        Assert.Contains("'bastion' exposes port 22 (SSH)", d.Message, StringComparison.Ordinal);
        Assert.Contains("ECS Exec", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("app")]
    [InlineData("1000")]
    [InlineData("1000:0")]
    [InlineData("nginx:nginx")]
    public void A_privileged_port_with_a_non_root_user_is_reported(string user)
    {
        var d = Assert.Single(Of(WithUser(user, 80), Id));

        Assert.Equal(EcsSeverity.Info, d.Severity);
        Assert.Equal("$.containerDefinitions[0].portMappings[0].containerPort", d.Path);
        Assert.Equal(["$.containerDefinitions[0].user"], d.AdditionalPaths);
        Assert.Contains("non-root user '" + user + "'", d.Message, StringComparison.Ordinal);
        Assert.Contains("privileged port 80", d.Message, StringComparison.Ordinal);
        Assert.Contains("NET_BIND_SERVICE", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("root", 80)]
    [InlineData("0", 80)]
    [InlineData("0:0", 80)]
    [InlineData("root:app", 80)]
    [InlineData(null, 80)]
    [InlineData("app", 1024)]
    [InlineData("app", 8080)]
    public void Root_no_user_or_unprivileged_ports_are_fine(string? user, int port) =>
        Assert.Empty(Of(WithUser(user, port), Id));

    [Fact]
    public void A_non_root_user_with_NET_BIND_SERVICE_or_privileged_is_fine()
    {
        Assert.Empty(Of(WithUser("app", 80, ",'linuxParameters':{'capabilities':{'add':['NET_BIND_SERVICE']}}"), Id));
        Assert.Empty(Of(WithUser("app", 80, ",'privileged':true"), Id));
        Assert.Single(Of(WithUser("app", 80, ",'linuxParameters':{'capabilities':{'add':['SYS_PTRACE']}}"), Id));
    }

    [Fact]
    public void On_Fargate_the_advice_leaves_out_capabilities_it_cannot_add()
    {
        var task = Task("{'family':'f','requiresCompatibilities':['FARGATE'],'cpu':'256','memory':'512','containerDefinitions':[{'name':'web','image':'nginx:1.27','user':'101','portMappings':[{'containerPort':80}]}]}");

        var d = Assert.Single(Of(task, Id));
        Assert.DoesNotContain("NET_BIND_SERVICE", d.Message, StringComparison.Ordinal);
        Assert.Contains("1024 or more", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_user_or_port_does_not_fire()
    {
        var unknownUser = MakeContainer(0, "web", new PortFacts { ContainerPort = 80 });
        unknownUser.User = Fact<string>.Unknown;
        var unknownPort = MakeContainer(1, "api", new PortFacts { ContainerPort = Fact<int>.Unknown });
        unknownPort.User = "app";
        var unknownCapabilities = MakeContainer(2, "edge", new PortFacts { ContainerPort = 443 });
        unknownCapabilities.User = "app";
        unknownCapabilities.LinuxParameters = new LinuxFacts { CapabilitiesAdd = new FactList<Fact<string>>(isComplete: false) };

        Assert.Empty(Of(MakeTask("awsvpc", unknownUser, unknownPort, unknownCapabilities), Id));
    }
}
