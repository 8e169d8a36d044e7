using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// A Cloud Map namespace declared by name but described by ARN (whose last part is an id, not the name): the two
/// cannot be matched without Cloud Map, so the member is compared only when both are ARNs or both are names.
/// </summary>
internal sealed record NamespaceByName(string Path) : IPairNormalizer
{
    public string Rule => $"{Path} by name against an ARN not compared";

    public void Apply(JsonObject desired, JsonObject actual)
    {
        var declared = JsonPattern.Members(desired, Path).FirstOrDefault(m => m.Parent.ContainsKey(m.Member));
        var described = JsonPattern.Members(actual, Path).FirstOrDefault(m => m.Parent.ContainsKey(m.Member));
        if (declared.Parent is null || described.Parent is null)
        {
            return;
        }
        if (IsArn(declared.Parent[declared.Member]) != IsArn(described.Parent[described.Member]))
        {
            described.Parent[described.Member] = declared.Parent[declared.Member]?.DeepClone();
        }
    }

    private static bool IsArn(JsonNode? node) => JsonText.StringOf(node)?.StartsWith("arn:", StringComparison.Ordinal) == true;
}
