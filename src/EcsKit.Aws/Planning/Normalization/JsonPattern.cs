using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// Finds the members a pattern such as <c>containerDefinitions[].portMappings[].protocol</c> names: each segment is a
/// member, and <c>[]</c> after one walks every element of that list. The same notation names places in the diff shapes.
/// </summary>
internal static class JsonPattern
{
    /// <summary>Every object that holds the pattern's last member (present or not), with that member's name.</summary>
    public static IEnumerable<(JsonObject Parent, string Member)> Members(JsonObject root, string pattern)
    {
        var segments = pattern.Split('.');
        IEnumerable<JsonObject> parents = [root];
        foreach (var segment in segments[..^1])
        {
            parents = Step(parents, segment).ToList();
        }
        return parents.Select(p => (p, segments[^1])).ToList();
    }

    private static IEnumerable<JsonObject> Step(IEnumerable<JsonObject> parents, string segment)
    {
        var each = segment.EndsWith("[]", StringComparison.Ordinal);
        var name = each ? segment[..^2] : segment;
        foreach (var parent in parents)
        {
            var child = parent[name];
            if (each && child is JsonArray list)
            {
                foreach (var element in list.OfType<JsonObject>())
                {
                    yield return element;
                }
            }
            else if (!each && child is JsonObject value)
            {
                yield return value;
            }
        }
    }
}
