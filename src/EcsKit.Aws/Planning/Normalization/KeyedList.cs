using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// A list whose elements are told apart by a key (containers by name, environment variables by name, tags by key):
/// its order means nothing, the diff matches elements by key and shows them as <c>list['key']</c>. When
/// <see cref="ValueMember"/> is set, an element is shown as that one value (<c>environment['LOG_LEVEL']: "debug"</c>).
/// </summary>
internal sealed record KeyedList(string Path, Func<JsonObject, string?> KeyOf, string KeyDescription, string? KeyMember = null, string? ValueMember = null) : IJsonNormalizer
{
    /// <summary>A list keyed by one member.</summary>
    public static KeyedList By(string path, string keyMember, string? valueMember = null) =>
        new(path, e => KeyText(e[keyMember]), keyMember, keyMember, valueMember);

    public string Rule => $"{Path} by {KeyDescription}, in any order";

    public void Apply(JsonObject root)
    {
        foreach (var (parent, member) in JsonPattern.Members(root, Path))
        {
            if (parent[member] is JsonArray list)
            {
                Unordered.Sort(list, e => e is JsonObject o ? KeyOf(o) ?? "" : "");
            }
        }
    }

    /// <summary>The keys of the list's elements, or null when an element has none or two share one (then the list is compared whole).</summary>
    public IReadOnlyList<string>? Keys(JsonArray list)
    {
        var keys = new List<string>(list.Count);
        foreach (var element in list)
        {
            if (element is not JsonObject obj || KeyOf(obj) is not { } key || keys.Contains(key))
            {
                return null;
            }
            keys.Add(key);
        }
        return keys;
    }

    /// <summary>What the diff compares for one element: the value member alone when the element holds only the key and it.</summary>
    public JsonNode? ValueOf(JsonObject element)
    {
        var rest = element.Where(p => p.Key != KeyMember).ToList();
        if (ValueMember is not null && rest.Count == 1 && rest[0].Key == ValueMember)
        {
            return rest[0].Value;
        }
        if (ValueMember is not null && rest.Count == 0)
        {
            return null;
        }
        var copy = new JsonObject();
        foreach (var (name, value) in rest)
        {
            copy[name] = value?.DeepClone();
        }
        return copy;
    }

    private static string? KeyText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => JsonText.Of(node),
    };
}
