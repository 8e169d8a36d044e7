using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Fakes;

namespace EcsKit.Aws.Tests.Planning;

/// <summary>
/// One normalisation rule at work: a declaration (single-quoted JSON) and the change ECS makes to it in describe
/// output. Without the rule the two would differ; with it the plan must say unchanged.
/// </summary>
public sealed record NormalizationCase(string Declared, Action<JsonObject> EcsChanges)
{
    /// <summary>Cases by the rule text (<see cref="ResourceShape.Rules"/>) they cover.</summary>
    public static Dictionary<string, List<NormalizationCase>> Table(params (string Rule, string Declared, Action<JsonObject> EcsChanges)[] cases) =>
        cases.GroupBy(c => c.Rule).ToDictionary(g => g.Key, g => g.Select(c => new NormalizationCase(c.Declared, c.EcsChanges)).ToList());

    /// <summary>Asserts the raw definitions differ: the case shows something the rule must absorb.</summary>
    public static void AssertRawDiffers(EcsObject declared, EcsObject described, Func<EcsObject, string> serialize)
    {
        var a = JsonNode.Parse(serialize(declared));
        var b = JsonNode.Parse(serialize(described));
        Assert.False(JsonNode.DeepEquals(a, b), $"The case does not differ before normalisation:\n{serialize(described)}");
    }

    internal static void AssertEveryRuleCovered(ResourceShape shape, IEnumerable<string> covered, params string[] exempt)
    {
        var rules = shape.Rules.Append(UnmodelledMembers.Rule).Append(EmptyValues.Instance.Rule).ToList();
        Assert.Empty(rules.Except(covered).Except(exempt));
        // A case naming no rule would cover nothing.
        Assert.Empty(covered.Except(rules));
    }

    public static IEnumerable<object[]> RuleCases(Dictionary<string, List<NormalizationCase>> table) => table.Keys.Select(k => new object[] { k });

    public static string Sides(EcsObject declared, EcsObject described, Func<EcsObject, string> serialize) =>
        $"declared:\n{serialize(declared)}\ndescribed:\n{serialize(described)}";

    public static JsonArray Array(params JsonNode?[] items) => [.. items];

    public static JsonObject O(string json) => Json.Node(json);
}
