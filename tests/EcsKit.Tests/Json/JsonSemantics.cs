using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace EcsKit.Tests.Json;

/// <summary>
/// Compares JSON texts by meaning, the way ECS reads them: member order does not matter, numbers compare by
/// value (80 equals 80.0, not 80.5), and an explicit null or an empty array or object equals an absent member.
/// </summary>
internal static class JsonSemantics
{
    /// <summary>Fails with the first differing path when <paramref name="actual"/> does not mean what <paramref name="expected"/> means.</summary>
    public static void AssertEqual(string expected, string actual) =>
        AssertEqual(Parse(expected, nameof(expected)), Parse(actual, nameof(actual)));

    public static void AssertEqual(JsonNode? expected, JsonNode? actual)
    {
        var difference = FirstDifference(expected, actual);
        if (difference is not null)
        {
            throw new XunitException($"JSON differs at {difference}");
        }
    }

    public static bool AreEqual(string expected, string actual) =>
        FirstDifference(Parse(expected, nameof(expected)), Parse(actual, nameof(actual))) is null;

    /// <summary>The first difference as <c>path: explanation</c>, or null when both mean the same.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual) =>
        Compare(Normalize(expected), Normalize(actual), "$");

    /// <summary>A copy without null members and without members whose value is (or becomes) an empty array or object.</summary>
    public static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    var normalized = Normalize(value);
                    if (!IsAbsent(normalized))
                    {
                        copy[name] = normalized;
                    }
                }
                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(Normalize).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    private static bool IsAbsent(JsonNode? node) => node switch
    {
        null => true,
        JsonObject obj => obj.Count == 0,
        JsonArray array => array.Count == 0,
        _ => false,
    };

    private static string? Compare(JsonNode? expected, JsonNode? actual, string path)
    {
        var expectedKind = Kind(expected);
        var actualKind = Kind(actual);
        if (expectedKind != actualKind)
        {
            return $"{path}: expected {Show(expected)}, found {Show(actual)}";
        }
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = (JsonObject)actual!;
                foreach (var (name, value) in expectedObject)
                {
                    var memberPath = Member(path, name);
                    if (!actualObject.TryGetPropertyValue(name, out var actualValue))
                    {
                        return $"{memberPath}: expected {Show(value)}, but the member is missing";
                    }
                    var difference = Compare(value, actualValue, memberPath);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }
                var extra = actualObject.Select(p => p.Key).FirstOrDefault(name => !expectedObject.ContainsKey(name));
                return extra is null ? null : $"{Member(path, extra)}: unexpected member with {Show(actualObject[extra])}";
            case JsonArray expectedArray:
                var actualArray = (JsonArray)actual!;
                for (var i = 0; i < Math.Min(expectedArray.Count, actualArray.Count); i++)
                {
                    var difference = Compare(expectedArray[i], actualArray[i], $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }
                return expectedArray.Count == actualArray.Count
                    ? null
                    : $"{path}: expected {expectedArray.Count} elements, found {actualArray.Count}";
            case null:
                return null;
            default:
                return ScalarsEqual(expected, actual!) ? null : $"{path}: expected {Show(expected)}, found {Show(actual)}";
        }
    }

    private static bool ScalarsEqual(JsonNode expected, JsonNode actual)
    {
        var kind = expected.GetValueKind();
        if (kind == JsonValueKind.Number)
        {
            var left = expected.ToJsonString();
            var right = actual.ToJsonString();
            const NumberStyles style = NumberStyles.Float;
            if (decimal.TryParse(left, style, CultureInfo.InvariantCulture, out var leftDecimal)
                && decimal.TryParse(right, style, CultureInfo.InvariantCulture, out var rightDecimal))
            {
                return leftDecimal == rightDecimal;
            }
            return double.Parse(left, CultureInfo.InvariantCulture) == double.Parse(right, CultureInfo.InvariantCulture);
        }
        return kind != JsonValueKind.String || expected.GetValue<string>() == actual.GetValue<string>();
    }

    // true and false are kinds of their own, so comparing kinds compares booleans.
    private static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    private static string Member(string path, string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string Show(JsonNode? node)
    {
        if (node is null)
        {
            return "nothing";
        }
        var text = node.ToJsonString();
        return text.Length <= 120 ? text : text[..117] + "...";
    }

    private static JsonNode? Parse(string json, string name)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new XunitException($"The {name} text is not valid JSON: {ex.Message}");
        }
    }
}
