using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>A list whose order means nothing to ECS (subnets, requiresCompatibilities): sorted, so two orders compare equal.</summary>
internal sealed record Unordered(string Path) : IJsonNormalizer
{
    public string Rule => $"{Path} in any order";

    public void Apply(JsonObject root)
    {
        foreach (var (parent, member) in JsonPattern.Members(root, Path))
        {
            if (parent[member] is JsonArray list)
            {
                Sort(list, JsonText.Of);
            }
        }
    }

    /// <summary>Sorts in place, stably, by <paramref name="key"/> (ordinal).</summary>
    public static void Sort(JsonArray list, Func<JsonNode?, string> key)
    {
        var sorted = list.Select(e => e?.DeepClone()).OrderBy(key, StringComparer.Ordinal).ToList();
        list.Clear();
        foreach (var element in sorted)
        {
            list.Add(element);
        }
    }
}
