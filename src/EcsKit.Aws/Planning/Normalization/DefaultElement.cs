using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>An element ECS adds to a list when the request leaves it out (a cluster's containerInsights setting "disabled").</summary>
internal sealed record DefaultElement(string Path, string DefaultJson) : IJsonNormalizer
{
    private readonly JsonNode? _default = JsonNode.Parse(DefaultJson);

    public string Rule => $"{Path} holds {DefaultJson}";

    public void Apply(JsonObject root)
    {
        foreach (var (parent, member) in JsonPattern.Members(root, Path))
        {
            if (parent[member] is not JsonArray list)
            {
                continue;
            }
            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (JsonText.Same(list[i], _default))
                {
                    list.RemoveAt(i);
                }
            }
        }
    }
}
