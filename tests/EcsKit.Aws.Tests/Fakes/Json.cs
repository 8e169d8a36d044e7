using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.Fakes;

/// <summary>JSON for tests, written with single quotes to keep it readable in C# strings.</summary>
public static class Json
{
    public static string Quote(string singleQuoted) => singleQuoted.Replace('\'', '"');

    public static JsonObject Node(string json) => JsonNode.Parse(Quote(json))!.AsObject();

    public static TaskDefinition TaskDefinition(string json) => EcsJson.ParseTaskDefinition(Quote(json));

    public static Service Service(string json) => EcsJson.ParseService(Quote(json));

    public static Cluster Cluster(string json) => EcsJson.ParseCluster(Quote(json));

    /// <summary>Each object <paramref name="pattern"/> (<c>a[].b</c>) leads to, for changing describe output.</summary>
    public static IEnumerable<JsonObject> Each(JsonObject root, string pattern)
    {
        IEnumerable<JsonObject> current = [root];
        foreach (var segment in pattern.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var each = segment.EndsWith("[]", StringComparison.Ordinal);
            var name = each ? segment[..^2] : segment;
            current = current.SelectMany(o => o[name] switch
            {
                JsonArray list when each => list.OfType<JsonObject>(),
                JsonObject child when !each => [child],
                _ => Enumerable.Empty<JsonObject>(),
            }).ToList();
        }
        return current;
    }

    /// <summary>Sets a member where it is absent.</summary>
    public static void Fill(this JsonObject obj, string name, JsonNode? value)
    {
        if (!obj.ContainsKey(name))
        {
            obj[name] = value;
        }
    }

    /// <summary>Reverses the list <paramref name="name"/> of <paramref name="obj"/> (a different order of the same elements).</summary>
    public static void Reverse(this JsonObject obj, string name)
    {
        if (obj[name] is JsonArray list)
        {
            var reversed = list.Select(e => e?.DeepClone()).Reverse().ToList();
            list.Clear();
            reversed.ForEach(list.Add);
        }
    }
}
