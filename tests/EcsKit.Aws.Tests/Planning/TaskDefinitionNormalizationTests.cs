using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Fakes;
using static EcsKit.Aws.Tests.Planning.NormalizationCase;

namespace EcsKit.Aws.Tests.Planning;

/// <summary>Every task definition normalisation rule, each with a describe output that would otherwise show a diff.</summary>
public class TaskDefinitionNormalizationTests
{
    private const string Bridge = "{'family':'f','containerDefinitions':[{'name':'app','image':'app:1','memory':256}]}";
    private const string Awsvpc = "{'family':'f','networkMode':'awsvpc','containerDefinitions':[{'name':'app','image':'app:1','memory':256,'portMappings':[{'containerPort':80}]}]}";
    private const string Fargate = "{'family':'f','networkMode':'awsvpc','requiresCompatibilities':['FARGATE'],'cpu':'256','memory':'512','containerDefinitions':[{'name':'app','image':'app:1'}]}";

    private static string App(string members) => $"{{'family':'f','containerDefinitions':[{{'name':'app','image':'app:1','memory':256,{members}}}]}}";

    private static string Task(string members) => $"{{'family':'f','containerDefinitions':[{{'name':'app','image':'app:1','memory':256}}],{members}}}";

    private static JsonObject AppOf(JsonObject td) => td["containerDefinitions"]![0]!.AsObject();

    private static JsonObject First(JsonObject td, string list) => AppOf(td)[list]![0]!.AsObject();

    private static void ReverseIn(JsonObject td, string pattern) =>
        Json.Each(td, pattern[..pattern.LastIndexOf('.')]).ToList().ForEach(o => o.Reverse(pattern[(pattern.LastIndexOf('.') + 1)..]));

    private static readonly Dictionary<string, List<NormalizationCase>> Cases = Table(
        ("cpu: \"1 vCPU\" = \"1024\"", Fargate.Replace("'256','memory':'512'", "'1 vCPU','memory':'2048'"), td => td["cpu"] = "1024"),
        ("cpu: \"1 vCPU\" = \"1024\"", Fargate.Replace("'256'", "'0.25 vcpu'"), td => td["cpu"] = "256"),
        ("memory: \"2 GB\" = \"2048\"", Fargate.Replace("'256','memory':'512'", "'1024','memory':'2 GB'"), td => td["memory"] = "2048"),
        ("memory: \"2 GB\" = \"2048\"", Fargate.Replace("'512'", "'0.5GB'"), td => td["memory"] = "512"),
        ("networkMode = \"bridge\"", Bridge, td => td["networkMode"] = "bridge"),
        ("enableFaultInjection = false", Bridge, td => td["enableFaultInjection"] = false),
        ("runtimePlatform.operatingSystemFamily = \"LINUX\"", Bridge, td => td["runtimePlatform"] = O("{'operatingSystemFamily':'LINUX'}")),
        ("runtimePlatform.cpuArchitecture = \"X86_64\" (Fargate)", Fargate.Replace("'cpu'", "'runtimePlatform':{'operatingSystemFamily':'LINUX'},'cpu'"),
            td => td["runtimePlatform"]!["cpuArchitecture"] = "X86_64"),
        ("proxyConfiguration.type = \"APPMESH\"", Awsvpc.Replace("'containerDefinitions'", "'proxyConfiguration':{'containerName':'app','properties':[{'name':'AppPorts','value':'80'}]},'containerDefinitions'"),
            td => td["proxyConfiguration"]!["type"] = "APPMESH"),
        ("containerDefinitions[].essential = true", Bridge, td => AppOf(td)["essential"] = true),
        ("containerDefinitions[].cpu = 0", Bridge, td => AppOf(td)["cpu"] = 0),
        ("containerDefinitions[].portMappings[].protocol = \"tcp\"", App("'portMappings':[{'containerPort':80}]"), td => First(td, "portMappings")["protocol"] = "tcp"),
        ("containerDefinitions[].portMappings[].hostPort = containerPort (awsvpc, host) or 0 (bridge)", Awsvpc, td => First(td, "portMappings")["hostPort"] = 80),
        ("containerDefinitions[].portMappings[].hostPort = containerPort (awsvpc, host) or 0 (bridge)", Awsvpc.Replace("awsvpc", "host"), td => First(td, "portMappings")["hostPort"] = 80),
        ("containerDefinitions[].portMappings[].hostPort = containerPort (awsvpc, host) or 0 (bridge)", App("'portMappings':[{'containerPort':80}]"), td => First(td, "portMappings")["hostPort"] = 0),
        ("containerDefinitions[].mountPoints[].readOnly = false", App("'mountPoints':[{'sourceVolume':'v','containerPath':'/data'}]"), td => First(td, "mountPoints")["readOnly"] = false),
        ("containerDefinitions[].volumesFrom[].readOnly = false", App("'volumesFrom':[{'sourceContainer':'other'}]"), td => First(td, "volumesFrom")["readOnly"] = false),
        ("containerDefinitions[].healthCheck.interval = 30", App("'healthCheck':{'command':['CMD','true']}"), td => AppOf(td)["healthCheck"]!["interval"] = 30),
        ("containerDefinitions[].healthCheck.timeout = 5", App("'healthCheck':{'command':['CMD','true']}"), td => AppOf(td)["healthCheck"]!["timeout"] = 5),
        ("containerDefinitions[].healthCheck.retries = 3", App("'healthCheck':{'command':['CMD','true']}"), td => AppOf(td)["healthCheck"]!["retries"] = 3),
        ("containerDefinitions[].healthCheck.startPeriod = 0", App("'healthCheck':{'command':['CMD','true']}"), td => AppOf(td)["healthCheck"]!["startPeriod"] = 0),
        ("containerDefinitions[].restartPolicy.restartAttemptPeriod = 300", App("'restartPolicy':{'enabled':true}"), td => AppOf(td)["restartPolicy"]!["restartAttemptPeriod"] = 300),
        ("containerDefinitions[].restartPolicy = {\"enabled\":false}", Bridge, td => AppOf(td)["restartPolicy"] = O("{'enabled':false}")),
        ("containerDefinitions[].linuxParameters.initProcessEnabled = false", Bridge, td => AppOf(td)["linuxParameters"] = O("{'initProcessEnabled':false}")),
        ("containerDefinitions[].versionConsistency = \"enabled\"", Bridge, td => AppOf(td)["versionConsistency"] = "enabled"),
        ("containerDefinitions[].privileged = false", Bridge, td => AppOf(td)["privileged"] = false),
        ("containerDefinitions[].readonlyRootFilesystem = false", Bridge, td => AppOf(td)["readonlyRootFilesystem"] = false),
        ("containerDefinitions[].disableNetworking = false", Bridge, td => AppOf(td)["disableNetworking"] = false),
        ("containerDefinitions[].interactive = false", Bridge, td => AppOf(td)["interactive"] = false),
        ("containerDefinitions[].pseudoTerminal = false", Bridge, td => AppOf(td)["pseudoTerminal"] = false),
        ("volumes[].configuredAtLaunch = false", Task("'volumes':[{'name':'v'}]"), td => td["volumes"]![0]!["configuredAtLaunch"] = false),
        ("volumes[].efsVolumeConfiguration.rootDirectory = \"/\"", Task("'volumes':[{'name':'v','efsVolumeConfiguration':{'fileSystemId':'fs-1'}}]"),
            td => td["volumes"]![0]!["efsVolumeConfiguration"]!["rootDirectory"] = "/"),
        ("volumes[].efsVolumeConfiguration.transitEncryption = \"DISABLED\"", Task("'volumes':[{'name':'v','efsVolumeConfiguration':{'fileSystemId':'fs-1'}}]"),
            td => td["volumes"]![0]!["efsVolumeConfiguration"]!["transitEncryption"] = "DISABLED"),
        ("volumes[].efsVolumeConfiguration.authorizationConfig.iam = \"DISABLED\"", Task("'volumes':[{'name':'v','efsVolumeConfiguration':{'fileSystemId':'fs-1'}}]"),
            td => td["volumes"]![0]!["efsVolumeConfiguration"]!["authorizationConfig"] = O("{'iam':'DISABLED'}")),
        ("volumes[].dockerVolumeConfiguration.scope = \"task\"", Task("'volumes':[{'name':'v','dockerVolumeConfiguration':{'driver':'rexray/ebs'}}]"),
            td => td["volumes"]![0]!["dockerVolumeConfiguration"]!["scope"] = "task"),
        ("volumes[].dockerVolumeConfiguration.autoprovision = false", Task("'volumes':[{'name':'v','dockerVolumeConfiguration':{'scope':'shared'}}]"),
            td => td["volumes"]![0]!["dockerVolumeConfiguration"]!["autoprovision"] = false),
        ("volumes[].dockerVolumeConfiguration.driver = \"local\"", Task("'volumes':[{'name':'v','dockerVolumeConfiguration':{'scope':'shared'}}]"),
            td => td["volumes"]![0]!["dockerVolumeConfiguration"]!["driver"] = "local"),
        ("[], {} and null equal absent", Task("'volumes':[{'name':'v'}]"), td => td["volumes"]![0]!["host"] = new JsonObject()),
        (UnmodelledMembers.Rule, Bridge, td =>
        {
            td["aFutureMember"] = "ECS added it";
            AppOf(td)["aFutureContainerMember"] = O("{'enabled':false}");
        }),

        ("requiresCompatibilities in any order", Fargate.Replace("['FARGATE']", "['FARGATE','EC2']"), td => td.Reverse("requiresCompatibilities")),
        ("placementConstraints in any order", Task("'placementConstraints':[{'type':'memberOf','expression':'attribute:a == 1'},{'type':'memberOf','expression':'attribute:b == 2'}]"),
            td => td.Reverse("placementConstraints")),
        ("containerDefinitions[].links in any order", App("'links':['db','cache']"), td => AppOf(td).Reverse("links")),
        ("containerDefinitions[].dockerSecurityOptions in any order", App("'dockerSecurityOptions':['no-new-privileges','label:type:app']"), td => AppOf(td).Reverse("dockerSecurityOptions")),
        ("containerDefinitions[].credentialSpecs in any order", App("'credentialSpecs':['credentialspec:arn:a','credentialspecdomainless:arn:b']"), td => AppOf(td).Reverse("credentialSpecs")),
        ("containerDefinitions[].linuxParameters.capabilities.add in any order", App("'linuxParameters':{'capabilities':{'add':['SYS_PTRACE','NET_ADMIN']}}"),
            td => ReverseIn(td, "containerDefinitions[].linuxParameters.capabilities.add")),
        ("containerDefinitions[].linuxParameters.capabilities.drop in any order", App("'linuxParameters':{'capabilities':{'drop':['MKNOD','CHOWN']}}"),
            td => ReverseIn(td, "containerDefinitions[].linuxParameters.capabilities.drop")),
        ("containerDefinitions by name, in any order", "{'family':'f','containerDefinitions':[{'name':'b','image':'b:1','memory':64},{'name':'a','image':'a:1','memory':64}]}",
            td => td.Reverse("containerDefinitions")),
        ("containerDefinitions[].environment by name, in any order", App("'environment':[{'name':'B','value':'2'},{'name':'A','value':'1'}]"), td => AppOf(td).Reverse("environment")),
        ("containerDefinitions[].secrets by name, in any order", App("'secrets':[{'name':'B','valueFrom':'arn:b'},{'name':'A','valueFrom':'arn:a'}]"), td => AppOf(td).Reverse("secrets")),
        ("containerDefinitions[].portMappings by containerPort/protocol, in any order", App("'portMappings':[{'containerPort':9000},{'containerPort':8000,'protocol':'udp'}]"),
            td => AppOf(td).Reverse("portMappings")),
        ("containerDefinitions[].mountPoints by containerPath, in any order", App("'mountPoints':[{'sourceVolume':'v','containerPath':'/b'},{'sourceVolume':'v','containerPath':'/a'}]"),
            td => AppOf(td).Reverse("mountPoints")),
        ("containerDefinitions[].volumesFrom by sourceContainer, in any order", App("'volumesFrom':[{'sourceContainer':'b'},{'sourceContainer':'a'}]"), td => AppOf(td).Reverse("volumesFrom")),
        ("containerDefinitions[].dependsOn by containerName, in any order", App("'dependsOn':[{'containerName':'b','condition':'START'},{'containerName':'a','condition':'HEALTHY'}]"),
            td => AppOf(td).Reverse("dependsOn")),
        ("containerDefinitions[].ulimits by name, in any order", App("'ulimits':[{'name':'nproc','softLimit':1,'hardLimit':2},{'name':'nofile','softLimit':3,'hardLimit':4}]"),
            td => AppOf(td).Reverse("ulimits")),
        ("containerDefinitions[].extraHosts by hostname, in any order", App("'extraHosts':[{'hostname':'b','ipAddress':'10.0.0.2'},{'hostname':'a','ipAddress':'10.0.0.1'}]"),
            td => AppOf(td).Reverse("extraHosts")),
        ("containerDefinitions[].systemControls by namespace, in any order", App("'systemControls':[{'namespace':'net.core.somaxconn','value':'1024'},{'namespace':'kernel.shmmax','value':'1'}]"),
            td => AppOf(td).Reverse("systemControls")),
        ("containerDefinitions[].resourceRequirements by type, in any order", App("'resourceRequirements':[{'type':'InferenceAccelerator','value':'device_1'},{'type':'GPU','value':'1'}]"),
            td => AppOf(td).Reverse("resourceRequirements")),
        ("containerDefinitions[].logConfiguration.secretOptions by name, in any order",
            App("'logConfiguration':{'logDriver':'splunk','secretOptions':[{'name':'splunk-token','valueFrom':'arn:t'},{'name':'splunk-url','valueFrom':'arn:u'}]}"),
            td => ReverseIn(td, "containerDefinitions[].logConfiguration.secretOptions")),
        ("containerDefinitions[].linuxParameters.tmpfs by containerPath, in any order", App("'linuxParameters':{'tmpfs':[{'containerPath':'/b','size':64},{'containerPath':'/a','size':64}]}"),
            td => ReverseIn(td, "containerDefinitions[].linuxParameters.tmpfs")),
        ("volumes by name, in any order", Task("'volumes':[{'name':'b'},{'name':'a'}]"), td => td.Reverse("volumes")),
        ("inferenceAccelerators by deviceName, in any order", Task("'inferenceAccelerators':[{'deviceName':'b','deviceType':'eia2.medium'},{'deviceName':'a','deviceType':'eia2.medium'}]"),
            td => td.Reverse("inferenceAccelerators")),
        ("proxyConfiguration.properties by name, in any order",
            Task("'proxyConfiguration':{'type':'APPMESH','containerName':'envoy','properties':[{'name':'ProxyIngressPort','value':'15000'},{'name':'AppPorts','value':'80'}]}"),
            td => ReverseIn(td, "proxyConfiguration.properties")),
        ("tags by key, in any order", Task("'tags':[{'key':'team','value':'shop'},{'key':'env','value':'prod'}]"), td => td.Reverse("tags")));

    public static IEnumerable<object[]> RuleNames => RuleCases(Cases);

    [Theory]
    [MemberData(nameof(RuleNames))]
    public async Task A_value_ECS_stores_differently_is_not_a_change(string rule)
    {
        foreach (var @case in Cases[rule])
        {
            var declared = Json.TaskDefinition(@case.Declared);
            var described = EcsDescribe.TaskDefinition(declared, fill: @case.EcsChanges);
            AssertRawDiffers(declared, described.Definition, o => EcsJson.Serialize((TaskDefinition)o));
            var app = new EcsApp("a");
            app.Add(declared);
            var api = new FakeEcsApi();
            api.Add(described);

            var plan = await EcsPlanner.PlanAsync(app, api);

            Assert.True(plan.Changes[0].Action == EcsChangeAction.Unchanged,
                EcsPlanText.Render(plan) + Sides(declared, described.Definition, o => EcsJson.Serialize((TaskDefinition)o)));
        }
    }

    [Fact]
    public void Every_rule_has_a_case() => AssertEveryRuleCovered(TaskDefinitionShape.Instance, Cases.Keys);

    [Theory]
    [InlineData("'essential':false", "'essential':true", "essential", "true", "false")]
    [InlineData("'cpu':128", "'cpu':0", "cpu", "0", "128")]
    [InlineData("'portMappings':[{'containerPort':80,'hostPort':8080}]", "'portMappings':[{'containerPort':80}]", "portMappings['80/tcp'].hostPort", null, "8080")]
    [InlineData("'portMappings':[{'containerPort':80,'protocol':'udp'}]", "'portMappings':[{'containerPort':80}]", "portMappings['80/udp']", null, "{\"containerPort\":80,\"protocol\":\"udp\"}")]
    [InlineData("'healthCheck':{'command':['CMD','true'],'interval':10}", "'healthCheck':{'command':['CMD','true']}", "healthCheck.interval", "30", "10")]
    [InlineData("'readonlyRootFilesystem':true", "'privileged':false", "readonlyRootFilesystem", "false", "true")]
    [InlineData("'links':['db']", "'links':['db','cache']", "links", "[\"cache\",\"db\"]", "[\"db\"]")]
    [InlineData("'dockerLabels':{'tier':'web'}", "'dockerLabels':{'tier':'api'}", "dockerLabels['tier']", "\"api\"", "\"web\"")]
    public async Task A_real_difference_still_shows(string declaredMembers, string describedMembers, string path, string? before, string after)
    {
        var declared = Json.TaskDefinition(App(declaredMembers));
        var described = EcsDescribe.TaskDefinition(Json.TaskDefinition(App(describedMembers)));
        var app = new EcsApp("a");
        app.Add(declared);
        var api = new FakeEcsApi();
        api.Add(described);

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.Contains(new EcsFieldChange($"containerDefinitions['app'].{path}", before, after), plan.Changes[0].Fields);
    }

    [Fact]
    public async Task Task_size_in_other_units_that_differs_shows_in_units()
    {
        var declared = Json.TaskDefinition(Fargate.Replace("'256','memory':'512'", "'1 vCPU','memory':'2 GB'"));
        var described = EcsDescribe.TaskDefinition(Json.TaskDefinition(Fargate.Replace("'256','memory':'512'", "'2048','memory':'4096'")));
        var app = new EcsApp("a");
        app.Add(declared);
        var api = new FakeEcsApi();
        api.Add(described);

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.Equal([new EcsFieldChange("cpu", "\"2048\"", "\"1024\""), new EcsFieldChange("memory", "\"4096\"", "\"2048\"")], plan.Changes[0].Fields);
    }

    [Fact]
    public async Task A_changed_variable_among_reordered_ones_is_the_only_change()
    {
        var declared = Json.TaskDefinition(App("'environment':[{'name':'A','value':'1'},{'name':'B','value':'2'},{'name':'C','value':'3'}]"));
        var described = EcsDescribe.TaskDefinition(Json.TaskDefinition(App("'environment':[{'name':'C','value':'3'},{'name':'B','value':'two'},{'name':'A','value':'1'}]")));
        var app = new EcsApp("a");
        app.Add(declared);
        var api = new FakeEcsApi();
        api.Add(described);

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.Equal(new EcsFieldChange("containerDefinitions['app'].environment['B']", "\"two\"", "\"2\""), Assert.Single(plan.Changes[0].Fields));
    }
}
