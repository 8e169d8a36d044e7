using System.Globalization;
using System.Text.Json;

namespace EcsKit.Docker.Tests.Metadata;

internal static class JsonAssert
{
    /// <summary>The object has exactly these members, in any order.</summary>
    public static void Members(JsonElement element, params string[] expected)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        var actual = element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), actual);
    }

    /// <summary>Nothing in the document is null: members without a value are left out.</summary>
    public static void NoNulls(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.Fail($"{path} is null");
                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    NoNulls(member.Value, $"{path}.{member.Name}");
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    NoNulls(item, $"{path}[{i++}]");
                }
                break;
        }
    }

    /// <summary>An RFC3339Nano UTC timestamp as Go writes it, and the time it stands for.</summary>
    public static void Timestamp(DateTimeOffset expected, JsonElement element)
    {
        var text = element.GetString()!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$", text);
        Assert.Equal(expected, DateTimeOffset.Parse(text, CultureInfo.InvariantCulture));
    }
}
