using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// Elements of a keyed list that ECS adds from account defaults (a cluster's containerInsights setting follows the
/// account setting): an element the declaration does not name is not a difference.
/// </summary>
internal sealed record UndeclaredElements(string Member, string KeyMember) : IPairNormalizer
{
    public string Rule => $"{Member} not declared (by {KeyMember}) left to ECS";

    public void Apply(JsonObject desired, JsonObject actual)
    {
        if (actual[Member] is not JsonArray described)
        {
            return;
        }
        var declared = (desired[Member] as JsonArray ?? []).OfType<JsonObject>().Select(e => JsonText.Of(e[KeyMember])).ToHashSet();
        for (var i = described.Count - 1; i >= 0; i--)
        {
            if (described[i] is JsonObject element && !declared.Contains(JsonText.Of(element[KeyMember])))
            {
                described.RemoveAt(i);
            }
        }
    }
}
