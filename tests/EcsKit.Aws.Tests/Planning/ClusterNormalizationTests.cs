using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Fakes;
using static EcsKit.Aws.Tests.Planning.NormalizationCase;

namespace EcsKit.Aws.Tests.Planning;

/// <summary>Every cluster normalisation rule, each with a describe output that would otherwise show a diff.</summary>
public class ClusterNormalizationTests
{
    private static readonly Dictionary<string, List<NormalizationCase>> Cases = Table(
        ("settings holds {\"name\":\"containerInsights\",\"value\":\"disabled\"}", "{'clusterName':'c','capacityProviders':['FARGATE']}",
            c => c["settings"] = JsonNode.Parse(Json.Quote("[{'name':'containerInsights','value':'disabled'}]"))),
        ("configuration.executeCommandConfiguration.logging = \"DEFAULT\"", "{'clusterName':'c','configuration':{'executeCommandConfiguration':{'kmsKeyId':'k'}}}",
            c => c["configuration"]!["executeCommandConfiguration"]!["logging"] = "DEFAULT"),
        ("defaultCapacityProviderStrategy[].base = 0", "{'clusterName':'c','defaultCapacityProviderStrategy':[{'capacityProvider':'FARGATE','weight':1}]}",
            c => c["defaultCapacityProviderStrategy"]![0]!["base"] = 0),
        ("defaultCapacityProviderStrategy[].weight = 0", "{'clusterName':'c','defaultCapacityProviderStrategy':[{'capacityProvider':'FARGATE','base':1}]}",
            c => c["defaultCapacityProviderStrategy"]![0]!["weight"] = 0),
        ("capacityProviders in any order", "{'clusterName':'c','capacityProviders':['FARGATE_SPOT','FARGATE']}", c => c.Reverse("capacityProviders")),
        ("defaultCapacityProviderStrategy by capacityProvider, in any order",
            "{'clusterName':'c','defaultCapacityProviderStrategy':[{'capacityProvider':'FARGATE_SPOT','weight':2},{'capacityProvider':'FARGATE','weight':1}]}",
            c => c.Reverse("defaultCapacityProviderStrategy")),
        ("tags by key, in any order", "{'clusterName':'c','tags':[{'key':'team','value':'shop'},{'key':'env','value':'prod'}]}", c => c.Reverse("tags")),
        ("settings not declared (by name) left to ECS", "{'clusterName':'c'}",
            c => c["settings"] = JsonNode.Parse(Json.Quote("[{'name':'containerInsights','value':'enhanced'}]"))),
        ("serviceConnectDefaults.namespace by name against an ARN not compared", "{'clusterName':'c','serviceConnectDefaults':{'namespace':'shop'}}",
            c => c["serviceConnectDefaults"]!["namespace"] = "arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-0123456789abcdef"),
        ("[], {} and null equal absent", "{'clusterName':'c'}", c => c["configuration"] = new JsonObject()),
        (UnmodelledMembers.Rule, "{'clusterName':'c'}", c => c["aFutureMember"] = true));

    public static IEnumerable<object[]> RuleNames => RuleCases(Cases);

    [Theory]
    [MemberData(nameof(RuleNames))]
    public async Task A_value_ECS_reports_differently_is_not_a_change(string rule)
    {
        foreach (var @case in Cases[rule])
        {
            var declared = Json.Cluster(@case.Declared);
            var described = EcsDescribe.Cluster(declared, fill: @case.EcsChanges);
            AssertRawDiffers(declared, described.Definition, o => EcsJson.Serialize((Cluster)o));
            var app = new EcsApp("a");
            app.Cluster("c", c => c.With(_ => declared));
            var api = new FakeEcsApi();
            api.Add(described);

            var plan = await EcsPlanner.PlanAsync(app, api);

            Assert.True(plan.Changes[0].Action == EcsChangeAction.Unchanged,
                EcsPlanText.Render(plan) + Sides(declared, described.Definition, o => EcsJson.Serialize((Cluster)o)));
        }
    }

    // Only one cluster setting (containerInsights) exists, so two settings can never come in another order; the key
    // still gives settings['containerInsights'] as the path of a change.
    [Fact]
    public void Every_rule_has_a_case() =>
        AssertEveryRuleCovered(ClusterShape.Instance, Cases.Keys, "settings by name, in any order");
}
