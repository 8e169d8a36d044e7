using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>Compact JSON text of nodes, for comparing values and for showing them.</summary>
internal static class JsonText
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        WriteIndented = false,
        // Plans are read by people: keep quotes, &, < and non-ASCII text as written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(JsonNode? node) => node?.ToJsonString(Compact) ?? "null";

    /// <summary>Whether two values are the same JSON (member order ignored, as JSON objects are unordered).</summary>
    public static bool Same(JsonNode? a, JsonNode? b) => JsonNode.DeepEquals(a, b);

    public static JsonObject Parse(string json) =>
        JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException("Expected a JSON object.");

    public static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
