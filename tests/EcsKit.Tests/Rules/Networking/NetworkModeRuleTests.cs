using EcsKit.Rules;
using static EcsKit.Tests.Rules.EfgFindings;

namespace EcsKit.Tests.Rules;

public class NetworkModeRuleTests
{
    private static TaskFacts FargateFacts(params ContainerFacts[] containers)
    {
        var task = Facts(containers);
        task.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of("FARGATE") });
        return task;
    }

    // ECS0070

    [Fact]
    public void Ecs0070_fires_on_fargate_with_bridge()
    {
        var td = Task(t => t.Fargate(256, 512).NetworkMode(NetworkMode.Bridge).Container("app", c => c.Image("nginx:1.27")));

        var d = Assert.Single(Of("ECS0070", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.networkMode", d.Path);
        Assert.Equal(["$.requiresCompatibilities"], d.AdditionalPaths);
        Assert.Contains("'web'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'bridge'", d.Message, StringComparison.Ordinal);
        Assert.Contains("awsvpc", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0070_is_silent_for_awsvpc_an_absent_mode_and_ec2_bridge()
    {
        Assert.Empty(Of("ECS0070", Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27")))));
        Assert.Empty(Of("ECS0070", JsonTask("""{"name":"app","image":"nginx:1.27"}""", "'requiresCompatibilities':['FARGATE'],'cpu':'256','memory':'512'")));
        Assert.Empty(Of("ECS0070", Task(t => t.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(256)))));
    }

    [Fact]
    public void Ecs0070_is_silent_for_an_unknown_mode()
    {
        var task = FargateFacts(Container(0, "app"));
        task.NetworkMode = Fact<string>.Unknown;
        Assert.Empty(Of("ECS0070", task));
    }

    // ECS0071

    [Theory]
    [InlineData(NetworkMode.Awsvpc, "awsvpc", "localhost")]
    [InlineData(NetworkMode.Host, "host", "localhost")]
    [InlineData(NetworkMode.None, "none", "remove them.")]
    public void Ecs0071_fires_on_links_outside_bridge(NetworkMode mode, string text, string fix)
    {
        var td = Task(t => t.Ec2(mode)
            .Container("db", c => c.Image("postgres:17").Memory(256))
            .Container("app", c => c.Image("nginx:1.27").Memory(256).Links("db")));

        var d = Assert.Single(Of("ECS0071", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[1].links", d.Path);
        Assert.Equal(["$.networkMode"], d.AdditionalPaths);
        Assert.Contains("'app'", d.Message, StringComparison.Ordinal);
        Assert.Contains("uses " + text, d.Message, StringComparison.Ordinal);
        Assert.Contains(fix, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0071_fires_on_windows()
    {
        var td = Task(t => t.RequiresCompatibilities(Compatibility.Ec2).RuntimePlatform(CPUArchitecture.X86_64, OSFamily.WindowsServer2022Core)
            .Container("app", c => c.Image("iis:1").Memory(512).Links("db")));

        var d = Assert.Single(Of("ECS0071", td));
        Assert.Contains("Windows", d.Message, StringComparison.Ordinal);
        Assert.Equal(["$.runtimePlatform"], d.AdditionalPaths);
    }

    [Fact]
    public void Ecs0071_is_silent_in_bridge_mode_absent_mode_and_on_fargate()
    {
        var bridge = Task(t => t.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(256).Links("db")));
        var absent = JsonTask("""{"name":"app","image":"nginx:1.27","memory":256,"links":["db"]}""");
        var fargate = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Links("db")));

        Assert.Empty(Of("ECS0071", bridge));
        Assert.Empty(Of("ECS0071", absent));
        // Fargate's unsupported parameters are ECS0072's.
        Assert.Empty(Of("ECS0071", fargate));
        Assert.Single(Of("ECS0072", fargate));
    }

    [Fact]
    public void Ecs0071_is_silent_for_an_unknown_mode()
    {
        var app = Container(0, "app");
        app.Links.Add("db");
        var task = Facts(app);
        task.NetworkMode = Fact<string>.Unknown;
        Assert.Empty(Of("ECS0071", task));
    }

    // ECS0073

    [Fact]
    public void Ecs0073_fires_on_each_parameter_with_awsvpc_on_ec2()
    {
        var td = Task(t => t.Ec2(NetworkMode.Awsvpc).Container("app", c => c.Image("nginx:1.27").Memory(256)
            .Hostname("web").DnsServers("10.0.0.2").DnsSearchDomains("corp").ExtraHost("db", "10.0.0.5")));

        var found = Of("ECS0073", td);
        Assert.Equal(
            ["$.containerDefinitions[0].dnsSearchDomains", "$.containerDefinitions[0].dnsServers", "$.containerDefinitions[0].extraHosts", "$.containerDefinitions[0].hostname"],
            found.Select(d => d.Path).Order(StringComparer.Ordinal));
        var hostname = Assert.Single(found, d => d.Path.EndsWith("hostname", StringComparison.Ordinal));
        Assert.Equal(EcsSeverity.Error, hostname.Severity);
        Assert.Contains("'app' sets hostname", hostname.Message, StringComparison.Ordinal);
        Assert.Contains("awsvpc", hostname.Message, StringComparison.Ordinal);
        Assert.Equal(["$.networkMode"], hostname.AdditionalPaths);
    }

    [Fact]
    public void Ecs0073_reports_only_hostname_on_fargate()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Hostname("web").DnsServers("10.0.0.2")));

        var d = Assert.Single(Of("ECS0073", td));
        Assert.Equal("$.containerDefinitions[0].hostname", d.Path);
        Assert.Single(Of("ECS0072", td));
    }

    [Fact]
    public void Ecs0073_is_silent_in_bridge_mode()
    {
        var td = Task(t => t.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(256).Hostname("web").DnsServers("10.0.0.2")));

        Assert.Empty(Of("ECS0073", td));
    }

    [Fact]
    public void Ecs0073_is_silent_for_an_unknown_mode()
    {
        var app = Container(0, "app");
        app.Hostname = "web";
        var task = Facts(app);
        task.NetworkMode = Fact<string>.Unknown;
        Assert.Empty(Of("ECS0073", task));
    }
}
