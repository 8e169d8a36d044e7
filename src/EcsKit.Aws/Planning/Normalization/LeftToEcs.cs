using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// A member ECS decides when the declaration leaves it out (a service's desiredCount under autoscaling, its
/// availabilityZoneRebalancing): when the declared side does not give it, what ECS chose is not a difference.
/// </summary>
internal sealed record LeftToEcs(string Member, params string[] AlsoWhenAbsent) : IPairNormalizer
{
    public string Rule => AlsoWhenAbsent.Length == 0
        ? $"{Member} left to ECS when not declared"
        : $"{Member} left to ECS when neither {string.Join(" nor ", [Member, .. AlsoWhenAbsent])} is declared";

    public void Apply(JsonObject desired, JsonObject actual)
    {
        if (desired.ContainsKey(Member) || AlsoWhenAbsent.Any(desired.ContainsKey))
        {
            return;
        }
        actual.Remove(Member);
    }
}
