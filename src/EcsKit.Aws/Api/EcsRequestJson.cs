using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// Request bodies: the model shapes through <see cref="EcsJson"/> (so a body is exactly what
/// <c>aws ecs ... --cli-input-json</c> takes), the small request shapes as <see cref="JsonObject"/>s.
/// </summary>
internal static class EcsRequestJson
{
    // Bodies are UTF-8: no need to escape non-ASCII text or HTML characters.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonObject body) => body.ToJsonString(Compact);

    public static JsonObject Of(TaskDefinition taskDefinition) => Parse(EcsJson.Serialize(taskDefinition));

    public static JsonObject Of(Service service) => Parse(EcsJson.Serialize(service));

    public static JsonObject Of(Cluster cluster) => Parse(EcsJson.Serialize(cluster));

    /// <summary>
    /// Copies the named members of <paramref name="source"/> into <paramref name="target"/>: a way to write the
    /// model's nested shapes (network configuration, tags ...) with EcsJson's conventions through a carrier object.
    /// </summary>
    public static void CopyMembers(JsonObject source, JsonObject target, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (source[name] is { } value)
            {
                target[name] = value.DeepClone();
            }
        }
    }

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
