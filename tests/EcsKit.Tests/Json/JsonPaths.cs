using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcsKit.Tests.Json;

/// <summary>Follows the simple JSON paths EcsKit reports (<c>$.a.b[0]</c>, <c>$['x-y']</c>) into a <see cref="JsonNode"/>.</summary>
internal static partial class JsonPaths
{
    public static JsonNode? Resolve(JsonNode? root, string path)
    {
        Assert.StartsWith("$", path, StringComparison.Ordinal);
        var node = root;
        foreach (Match step in Step().Matches(path[1..]))
        {
            node = step.Groups["name"].Success ? node?[step.Groups["name"].Value]
                : step.Groups["quoted"].Success ? node?[step.Groups["quoted"].Value.Replace("\\'", "'", StringComparison.Ordinal)]
                : node?[int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture)];
        }
        return node;
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\['(?<quoted>(?:[^'\\]|\\.)*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Step();
}
