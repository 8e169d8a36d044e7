using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

/// <summary>
/// Lists where two CloudFormation property trees differ, the way CloudFormation compares them: object keys in any
/// order, arrays in order, and a scalar equal to its string form (CloudFormation passes <c>80</c> and <c>"80"</c>
/// and <c>true</c> and <c>"true"</c> on to ECS alike).
/// </summary>
internal static class JsonDifferences
{
    public static IReadOnlyList<string> Between(JsonNode? expected, JsonNode? actual, string path = "")
    {
        var differences = new List<string>();
        Compare(expected, actual, path, differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (a.TryGetPropertyValue(key, out var other))
                    {
                        Compare(value, other, Join(path, key), differences);
                    }
                    else
                    {
                        differences.Add($"{Join(path, key)}: missing, expected {value?.ToJsonString() ?? "null"}");
                    }
                }
                foreach (var (key, value) in a.Where(p => !e.ContainsKey(p.Key)))
                {
                    differences.Add($"{Join(path, key)}: unexpected {value?.ToJsonString() ?? "null"}");
                }
                break;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    if (i >= a.Count)
                    {
                        differences.Add($"{path}[{i}]: missing, expected {e[i]?.ToJsonString() ?? "null"}");
                    }
                    else if (i >= e.Count)
                    {
                        differences.Add($"{path}[{i}]: unexpected {a[i]?.ToJsonString() ?? "null"}");
                    }
                    else
                    {
                        Compare(e[i], a[i], $"{path}[{i}]", differences);
                    }
                }
                break;
            case (JsonValue e, JsonValue a) when Scalar(e) == Scalar(a):
                break;
            case (null, null):
                break;
            default:
                differences.Add($"{path}: expected {expected?.ToJsonString() ?? "null"}, found {actual?.ToJsonString() ?? "null"}");
                break;
        }
    }

    /// <summary>The text CloudFormation hands on for a scalar; numbers in invariant form so that 1.0 equals 1.</summary>
    private static string Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => NumberText((string)value!) ?? (string)value!,
        JsonValueKind.Number => NumberText(value.ToJsonString())!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };

    private static string? NumberText(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("G29", CultureInfo.InvariantCulture)
            : null;

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
