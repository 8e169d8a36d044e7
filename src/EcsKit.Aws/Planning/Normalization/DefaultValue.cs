using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// A member ECS fills in when the request leaves it out: the default and absence mean the same, so the member is
/// dropped where it holds the default. <paramref name="When"/> limits the rule to definitions it applies to.
/// </summary>
internal sealed record DefaultValue(string Path, string DefaultJson, Func<JsonObject, bool>? When = null, string? Condition = null) : IJsonNormalizer
{
    private readonly JsonNode? _default = JsonNode.Parse(DefaultJson);

    public string Rule => Condition is null ? $"{Path} = {DefaultJson}" : $"{Path} = {DefaultJson} ({Condition})";

    /// <summary>The default where the rule applies to <paramref name="root"/>, else null.</summary>
    public JsonNode? DefaultFor(JsonObject root) => When is null || When(root) ? _default?.DeepClone() : null;

    public void Apply(JsonObject root)
    {
        if (When is not null && !When(root))
        {
            return;
        }
        foreach (var (parent, member) in JsonPattern.Members(root, Path))
        {
            if (parent.TryGetPropertyValue(member, out var value) && JsonText.Same(value, _default))
            {
                parent.Remove(member);
            }
        }
    }
}
