using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit;

/// <summary>
/// Writes a JSON document as YAML in block style. Every string and key is double-quoted with JSON's escapes, which
/// YAML reads the same way, so no value can be taken for a number, a boolean or a tag; intrinsic functions keep
/// their long form (<c>Ref:</c>, <c>Fn::Sub:</c>).
/// </summary>
internal static class YamlText
{
    public static string Write(JsonNode? node)
    {
        var text = new StringBuilder();
        WriteValue(text, node, indent: 0, inSequence: false);
        return text.ToString();
    }

    private static void WriteValue(StringBuilder text, JsonNode? node, int indent, bool inSequence)
    {
        switch (node)
        {
            case JsonObject map when map.Count > 0:
                var first = true;
                foreach (var (key, value) in map)
                {
                    // The first entry of a mapping inside a sequence item sits on the "- " line.
                    if (!(first && inSequence))
                    {
                        text.Append(' ', indent);
                    }
                    first = false;
                    text.Append(Quote(key)).Append(':');
                    WriteChild(text, value, indent);
                }
                break;
            case JsonArray list when list.Count > 0:
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!(firstItem && inSequence))
                    {
                        text.Append(' ', indent);
                    }
                    firstItem = false;
                    text.Append("- ");
                    if (item is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
                    {
                        WriteValue(text, item, indent + 2, inSequence: true);
                    }
                    else
                    {
                        text.Append(Scalar(item)).Append('\n');
                    }
                }
                break;
            default:
                text.Append(Scalar(node)).Append('\n');
                break;
        }
    }

    private static void WriteChild(StringBuilder text, JsonNode? value, int indent)
    {
        if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            text.Append('\n');
            WriteValue(text, value, indent + 2, inSequence: false);
        }
        else
        {
            text.Append(' ').Append(Scalar(value)).Append('\n');
        }
    }

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Quote(value.GetValue<string>()),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValueKind() == JsonValueKind.True ? "true" : "false",
        _ => node.ToJsonString(),
    };

    // A JSON string literal is a valid YAML double-quoted scalar with the same meaning.
    private static string Quote(string text) => JsonValue.Create(text).ToJsonString();
}
