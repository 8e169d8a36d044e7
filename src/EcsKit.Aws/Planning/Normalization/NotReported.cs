using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// A member the describe call does not return (DescribeServices reports a service's serviceConnectConfiguration only
/// on its deployments): when the described side lacks it, it cannot be compared and is left out of the diff.
/// </summary>
internal sealed record NotReported(string Member) : IPairNormalizer
{
    public string Rule => $"{Member} compared only when the describe output reports it";

    public void Apply(JsonObject desired, JsonObject actual)
    {
        if (!actual.ContainsKey(Member))
        {
            desired.Remove(Member);
        }
    }
}
