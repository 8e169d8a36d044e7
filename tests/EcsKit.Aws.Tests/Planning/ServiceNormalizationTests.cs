using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Fakes;
using static EcsKit.Aws.Tests.Planning.NormalizationCase;

namespace EcsKit.Aws.Tests.Planning;

/// <summary>Every service normalisation rule, each with a describe output that would otherwise show a diff.</summary>
public class ServiceNormalizationTests
{
    private const string ServiceLinkedRole = "arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS";

    private static string Fargate(string members = "", string awsvpc = "'subnets':['subnet-a']") =>
        $"{{'cluster':'c','serviceName':'s','taskDefinition':'t','desiredCount':2,'launchType':'FARGATE','networkConfiguration':{{'awsvpcConfiguration':{{{awsvpc}}}}}{Comma(members)}}}";

    private static string Without(string members) => $"{{'cluster':'c','serviceName':'s','taskDefinition':'t','desiredCount':2{Comma(members)}}}";

    private static string Daemon(string members = "") => $"{{'cluster':'c','serviceName':'s','taskDefinition':'t','launchType':'EC2','schedulingStrategy':'DAEMON'{Comma(members)}}}";

    private static string Comma(string members) => members.Length == 0 ? "" : "," + members;

    private static JsonObject Deployment(JsonObject s) => (JsonObject)(s["deploymentConfiguration"] ??= new JsonObject());

    private static readonly Dictionary<string, List<NormalizationCase>> Cases = Table(
        ("schedulingStrategy = \"REPLICA\"", Fargate(), s => s["schedulingStrategy"] = "REPLICA"),
        ("platformVersion = \"LATEST\"", Fargate(), s => s["platformVersion"] = "LATEST"),
        ("propagateTags = \"NONE\"", Fargate(), s => s["propagateTags"] = "NONE"),
        ("enableECSManagedTags = false", Fargate(), s => s["enableECSManagedTags"] = false),
        ("enableExecuteCommand = false", Fargate(), s => s["enableExecuteCommand"] = false),
        ("healthCheckGracePeriodSeconds = 0", Fargate(), s => s["healthCheckGracePeriodSeconds"] = 0),
        ("deploymentController.type = \"ECS\"", Fargate(), s => s["deploymentController"] = O("{'type':'ECS'}")),
        ("desiredCount: set by ECS for DAEMON", Daemon("'desiredCount':1"), s => s["desiredCount"] = 4),
        ("role: a role ARN is its name", Without("'role':'ecsServiceRole'"), s =>
        {
            s.Remove("role");
            s["roleArn"] = "arn:aws:iam::123456789012:role/ecsServiceRole";
        }),
        ("deploymentConfiguration.maximumPercent = 200 (REPLICA)", Fargate(), s => Deployment(s)["maximumPercent"] = 200),
        ("deploymentConfiguration.minimumHealthyPercent = 100 (REPLICA)", Fargate(), s => Deployment(s)["minimumHealthyPercent"] = 100),
        ("deploymentConfiguration.maximumPercent = 100 (DAEMON)", Daemon(), s => Deployment(s)["maximumPercent"] = 100),
        ("deploymentConfiguration.minimumHealthyPercent = 0 (DAEMON)", Daemon(), s => Deployment(s)["minimumHealthyPercent"] = 0),
        ("deploymentConfiguration.deploymentCircuitBreaker.resetOnHealthyTask = true",
            Fargate("'deploymentConfiguration':{'deploymentCircuitBreaker':{'enable':true,'rollback':true}}"),
            s => Deployment(s)["deploymentCircuitBreaker"]!["resetOnHealthyTask"] = true),
        ("deploymentConfiguration.deploymentCircuitBreaker = {\"enable\":false,\"rollback\":false}", Fargate(),
            s => Deployment(s)["deploymentCircuitBreaker"] = O("{'enable':false,'rollback':false}")),
        ("deploymentConfiguration.alarms = {\"enable\":false,\"rollback\":false}", Fargate(),
            s => Deployment(s)["alarms"] = O("{'alarmNames':[],'enable':false,'rollback':false}")),
        ("deploymentConfiguration.strategy = \"ROLLING\"", Fargate(), s => Deployment(s)["strategy"] = "ROLLING"),
        ("networkConfiguration.awsvpcConfiguration.assignPublicIp = \"DISABLED\"", Fargate(),
            s => s["networkConfiguration"]!["awsvpcConfiguration"]!["assignPublicIp"] = "DISABLED"),
        ("capacityProviderStrategy[].base = 0", Without("'capacityProviderStrategy':[{'capacityProvider':'FARGATE','weight':1}]"),
            s => s["capacityProviderStrategy"]![0]!["base"] = 0),
        ("capacityProviderStrategy[].weight = 0", Without("'capacityProviderStrategy':[{'capacityProvider':'FARGATE','weight':1},{'capacityProvider':'FARGATE_SPOT','base':1}]"),
            s => s["capacityProviderStrategy"]![1]!["weight"] = 0),
        ("networkConfiguration.awsvpcConfiguration.subnets in any order", Fargate().Replace("['subnet-a']", "['subnet-b','subnet-a']"),
            s => s["networkConfiguration"]!["awsvpcConfiguration"]!.AsObject().Reverse("subnets")),
        ("networkConfiguration.awsvpcConfiguration.securityGroups in any order", Fargate().Replace("['subnet-a']", "['subnet-a'],'securityGroups':['sg-2','sg-1']"),
            s => s["networkConfiguration"]!["awsvpcConfiguration"]!.AsObject().Reverse("securityGroups")),
        ("loadBalancers in any order",
            Fargate("'loadBalancers':[{'targetGroupArn':'arn:tg/b','containerName':'web','containerPort':80},{'targetGroupArn':'arn:tg/a','containerName':'web','containerPort':81}]"),
            s => s.Reverse("loadBalancers")),
        ("serviceRegistries in any order", Fargate("'serviceRegistries':[{'registryArn':'arn:sd/b'},{'registryArn':'arn:sd/a'}]"), s => s.Reverse("serviceRegistries")),
        ("placementConstraints in any order", Without("'placementConstraints':[{'type':'memberOf','expression':'attribute:b == 1'},{'type':'distinctInstance'}]"),
            s => s.Reverse("placementConstraints")),
        ("deploymentConfiguration.alarms.alarmNames in any order", Fargate("'deploymentConfiguration':{'alarms':{'alarmNames':['b','a'],'enable':true,'rollback':true}}"),
            s => Deployment(s)["alarms"]!.AsObject().Reverse("alarmNames")),
        ("capacityProviderStrategy by capacityProvider, in any order",
            Without("'capacityProviderStrategy':[{'capacityProvider':'FARGATE_SPOT','weight':3},{'capacityProvider':'FARGATE','weight':1,'base':1}]"),
            s => s.Reverse("capacityProviderStrategy")),
        ("tags by key, in any order", Fargate("'tags':[{'key':'team','value':'shop'},{'key':'env','value':'prod'}]"), s => s.Reverse("tags")),
        ("launchType left to ECS when neither launchType nor capacityProviderStrategy is declared", Without(""), s => s["launchType"] = "EC2"),
        ("capacityProviderStrategy left to ECS when neither capacityProviderStrategy nor launchType is declared", Without(""),
            s => s["capacityProviderStrategy"] = JsonNode.Parse(Json.Quote("[{'capacityProvider':'FARGATE','weight':1,'base':0}]"))),
        ("desiredCount left to ECS when not declared", Fargate().Replace("'desiredCount':2,", ""), s => s["desiredCount"] = 7),
        ("availabilityZoneRebalancing left to ECS when not declared", Fargate(), s => s["availabilityZoneRebalancing"] = "ENABLED"),
        ("role left to ECS when not declared", Fargate(), s => s["roleArn"] = ServiceLinkedRole),
        ("serviceConnectConfiguration compared only when the describe output reports it", Fargate("'serviceConnectConfiguration':{'enabled':true,'namespace':'shop'}"),
            s => s.Remove("serviceConnectConfiguration")),
        ("volumeConfigurations compared only when the describe output reports it",
            Fargate("'volumeConfigurations':[{'name':'data','managedEBSVolume':{'roleArn':'arn:aws:iam::123456789012:role/ebs'}}]"), s => s.Remove("volumeConfigurations")),
        ("vpcLatticeConfigurations compared only when the describe output reports it",
            Fargate("'vpcLatticeConfigurations':[{'roleArn':'arn:aws:iam::123456789012:role/lattice','targetGroupArn':'arn:tg','portName':'http'}]"),
            s => s.Remove("vpcLatticeConfigurations")),
        ("monitoring compared only when the describe output reports it", Fargate("'monitoring':{'metricConfigurations':[{'metricNames':['CPUUtilization'],'resolutionSeconds':10}]}"),
            s => s.Remove("monitoring")),
        ("[], {} and null equal absent", Fargate(), s => s["deploymentConfiguration"] = new JsonObject()),
        (UnmodelledMembers.Rule, Fargate(), s => s["aFutureMember"] = 1));

    public static IEnumerable<object[]> RuleNames => RuleCases(Cases);

    [Theory]
    [MemberData(nameof(RuleNames))]
    public async Task A_value_ECS_reports_differently_is_not_a_change(string rule)
    {
        foreach (var @case in Cases[rule])
        {
            var declared = Json.Service(@case.Declared);
            var described = EcsDescribe.Service(declared, EcsDescribe.TaskDefinitionArn("t", 1), fill: @case.EcsChanges);
            AssertRawDiffers(declared with { TaskDefinition = null, Cluster = null }, described.Definition with { TaskDefinition = null, Cluster = null },
                o => EcsJson.Serialize((Service)o));
            var app = new EcsApp("a");
            app.Cluster("c").Service("s", s => s.With(_ => declared));
            var api = new FakeEcsApi();
            api.Add(EcsDescribe.Cluster(app.Clusters[0]));
            api.Add(EcsDescribe.TaskDefinition(Json.TaskDefinition("{'family':'t','containerDefinitions':[{'name':'web','image':'web:1','memory':64}]}")));
            api.Add("c", described);

            var plan = await EcsPlanner.PlanAsync(app, api);

            Assert.True(plan.Changes[^1].Action == EcsChangeAction.Unchanged,
                EcsPlanText.Render(plan) + Sides(declared, described.Definition, o => EcsJson.Serialize((Service)o)));
        }
    }

    [Fact]
    public void Every_rule_has_a_case() => AssertEveryRuleCovered(ServiceShape.Instance, Cases.Keys);

    [Theory]
    [InlineData("'deploymentConfiguration':{'maximumPercent':150}", "deploymentConfiguration.maximumPercent", "200", "150")]
    [InlineData("", "networkConfiguration.awsvpcConfiguration.assignPublicIp", "\"DISABLED\"", "\"ENABLED\"", "'subnets':['subnet-a'],'assignPublicIp':'ENABLED'")]
    [InlineData("'propagateTags':'SERVICE'", "propagateTags", "\"NONE\"", "\"SERVICE\"")]
    [InlineData("'enableExecuteCommand':true", "enableExecuteCommand", "false", "true")]
    [InlineData("'tags':[{'key':'env','value':'test'}]", "tags['env']", null, "\"test\"")]
    public async Task A_real_difference_still_shows(string members, string path, string? before, string after, string awsvpc = "'subnets':['subnet-a']")
    {
        var declared = Json.Service(Fargate(members, awsvpc));
        var app = new EcsApp("a");
        app.Cluster("c").Service("s", s => s.With(_ => declared));
        var api = new FakeEcsApi();
        api.Add(EcsDescribe.Cluster(app.Clusters[0]));
        api.Add(EcsDescribe.TaskDefinition(Json.TaskDefinition("{'family':'t','containerDefinitions':[{'name':'web','image':'web:1','memory':64}]}")));
        api.Add("c", EcsDescribe.Service(Json.Service(Fargate()), EcsDescribe.TaskDefinitionArn("t", 1)));

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.Equal(new EcsFieldChange(path, before, after), Assert.Single(plan.Changes[^1].Fields));
    }

    [Fact]
    public async Task A_declared_role_by_another_name_needs_a_new_service()
    {
        var app = new EcsApp("a");
        app.Cluster("c").Service("s", s => s.With(_ => Json.Service(Without("'role':'otherRole'"))));
        var api = new FakeEcsApi();
        api.Add(EcsDescribe.Cluster(app.Clusters[0]));
        api.Add("c", EcsDescribe.Service(Json.Service(Without("'role':'ecsServiceRole'")), EcsDescribe.TaskDefinitionArn("t", 1)));
        api.Add(EcsDescribe.TaskDefinition(Json.TaskDefinition("{'family':'t','containerDefinitions':[{'name':'web','image':'web:1','memory':64}]}")));

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.Equal(new EcsFieldChange("role", "\"ecsServiceRole\"", "\"otherRole\"") { RequiresReplacement = true }, Assert.Single(plan.Changes[^1].Fields));
    }
}
