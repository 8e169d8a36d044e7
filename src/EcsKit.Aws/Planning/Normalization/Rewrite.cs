using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// A member ECS stores in another spelling than the request may use (task cpu "1 vCPU" is stored as "1024"), or
/// sets itself (null from <see cref="Convert"/> drops the member).
/// </summary>
internal sealed record Rewrite(string Path, string Description, Func<JsonNode, JsonObject, JsonNode?> Convert) : IJsonNormalizer
{
    public string Rule => $"{Path}: {Description}";

    public void Apply(JsonObject root)
    {
        foreach (var (parent, member) in JsonPattern.Members(root, Path))
        {
            if (parent[member] is not { } value)
            {
                continue;
            }
            var converted = Convert(value, root);
            if (converted is null)
            {
                parent.Remove(member);
            }
            else if (!ReferenceEquals(converted, value) && !JsonText.Same(value, converted))
            {
                parent[member] = converted;
            }
        }
    }
}
