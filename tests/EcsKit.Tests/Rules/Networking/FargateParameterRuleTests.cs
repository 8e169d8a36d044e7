using EcsKit.Rules;
using static EcsKit.Tests.Rules.EfgFindings;

namespace EcsKit.Tests.Rules;

public class FargateParameterRuleTests
{
    private const string Fargate = "'requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc','cpu':'256','memory':'512'";

    [Theory]
    [InlineData("'disableNetworking':true", "$.containerDefinitions[0].disableNetworking")]
    [InlineData("'privileged':true", "$.containerDefinitions[0].privileged")]
    [InlineData("'dnsSearchDomains':['corp']", "$.containerDefinitions[0].dnsSearchDomains")]
    [InlineData("'dnsServers':['10.0.0.2']", "$.containerDefinitions[0].dnsServers")]
    [InlineData("'dockerSecurityOptions':['no-new-privileges']", "$.containerDefinitions[0].dockerSecurityOptions")]
    [InlineData("'extraHosts':[{'hostname':'db','ipAddress':'10.0.0.5'}]", "$.containerDefinitions[0].extraHosts")]
    [InlineData("'links':['db']", "$.containerDefinitions[0].links")]
    [InlineData("'resourceRequirements':[{'type':'GPU','value':'1'}]", "$.containerDefinitions[0].resourceRequirements[0]")]
    [InlineData("'linuxParameters':{'maxSwap':1024}", "$.containerDefinitions[0].linuxParameters.maxSwap")]
    [InlineData("'linuxParameters':{'swappiness':10}", "$.containerDefinitions[0].linuxParameters.swappiness")]
    [InlineData("'linuxParameters':{'sharedMemorySize':64}", "$.containerDefinitions[0].linuxParameters.sharedMemorySize")]
    [InlineData("'linuxParameters':{'devices':[{'hostPath':'/dev/fuse'}]}", "$.containerDefinitions[0].linuxParameters.devices")]
    [InlineData("'linuxParameters':{'tmpfs':[{'containerPath':'/tmp','size':64}]}", "$.containerDefinitions[0].linuxParameters.tmpfs")]
    [InlineData("'linuxParameters':{'capabilities':{'add':['SYS_PTRACE','NET_ADMIN']}}", "$.containerDefinitions[0].linuxParameters.capabilities.add")]
    public void Ecs0072_fires_once_per_container_parameter(string member, string path)
    {
        var td = JsonTask("{\"name\":\"app\",\"image\":\"nginx:1.27\"," + member + "}", Fargate);

        var d = Assert.Single(Of("ECS0072", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal(path, d.Path);
        Assert.Contains("'app'", d.Message, StringComparison.Ordinal);
        Assert.Contains("Fargate", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'ipcMode':'task'", "$.ipcMode")]
    [InlineData("'pidMode':'host'", "$.pidMode")]
    [InlineData("'placementConstraints':[{'type':'memberOf','expression':'attribute:ecs.instance-type =~ t3.*'}]", "$.placementConstraints")]
    [InlineData("'volumes':[{'name':'data','dockerVolumeConfiguration':{'scope':'task'}}]", "$.volumes[0].dockerVolumeConfiguration")]
    public void Ecs0072_fires_once_per_task_parameter(string member, string path)
    {
        var td = JsonTask("""{"name":"app","image":"nginx:1.27"}""", Fargate + "," + member);

        var d = Assert.Single(Of("ECS0072", td));
        Assert.Equal(path, d.Path);
        Assert.Contains("Fargate", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0072_names_the_capabilities_fargate_refuses()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").AddCapabilities("SYS_PTRACE", "NET_ADMIN", "SYS_ADMIN")));

        var d = Assert.Single(Of("ECS0072", td));
        Assert.Contains("'NET_ADMIN', 'SYS_ADMIN'", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'SYS_PTRACE'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0072_is_silent_for_what_fargate_supports()
    {
        var td = JsonTask(
            """{"name":"app","image":"nginx:1.27","privileged":false,"disableNetworking":false,"linuxParameters":{"initProcessEnabled":true,"capabilities":{"add":["SYS_PTRACE"],"drop":["ALL"]}},"resourceRequirements":[{"type":"InferenceAccelerator","value":"x"}]}""",
            Fargate + ""","pidMode":"task","volumes":[{"name":"scratch"},{"name":"efs","efsVolumeConfiguration":{"fileSystemId":"fs-1"}}]""");

        Assert.Empty(Of("ECS0072", td));
    }

    [Fact]
    public void Ecs0072_is_silent_on_ec2()
    {
        var td = JsonTask("""{"name":"app","image":"nginx:1.27","memory":256,"privileged":true,"links":["db"]}""", "'requiresCompatibilities':['EC2'],'ipcMode':'host'");

        Assert.Empty(Of("ECS0072", td));
    }

    [Fact]
    public void Ecs0072_is_silent_for_unknown_flags_and_capabilities_and_unknown_compatibilities()
    {
        var app = Container(0, "app");
        app.Privileged = Fact<bool>.Unknown;
        app.DisableNetworking = Fact<bool>.Unknown;
        app.LinuxParameters = new LinuxFacts { Path = app.Member("linuxParameters") };
        app.LinuxParameters.CapabilitiesAdd.Add(Fact<string>.Unknown);
        var task = Facts(app);
        task.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of("FARGATE") });
        task.PidMode = Fact<string>.Unknown;
        Assert.Empty(Of("ECS0072", task));

        var privileged = Container(0, "app");
        privileged.Privileged = true;
        var unknownCompat = Facts(privileged);
        unknownCompat.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Unknown });
        Assert.Empty(Of("ECS0072", unknownCompat));
    }
}
