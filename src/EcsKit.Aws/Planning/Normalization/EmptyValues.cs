using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// ECS treats an empty list, map or structure like an absent one, and describe output is full of them
/// (<c>"environment": []</c>, <c>"host": {}</c>): they are dropped, also where removing defaults left a structure empty.
/// Runs last.
/// </summary>
internal sealed class EmptyValues : IJsonNormalizer
{
    public static readonly EmptyValues Instance = new();

    private EmptyValues()
    {
    }

    public string Rule => "[], {} and null equal absent";

    public void Apply(JsonObject root) => Prune(root);

    private static bool Prune(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return true;
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (Prune(obj[name]))
                    {
                        obj.Remove(name);
                    }
                }
                return obj.Count == 0;
            case JsonArray list:
                foreach (var element in list)
                {
                    // Elements stay even when empty: [{}] is not [] and positions matter.
                    Prune(element);
                }
                return list.Count == 0;
            default:
                return false;
        }
    }
}
