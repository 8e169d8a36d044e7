using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EcsKit;

/// <summary>
/// Checks a JSON element against the shape of a model type before it is deserialized, the way the AWS CLI
/// validates parameters before sending them: required members present, numbers where ECS takes numbers,
/// strings where it takes strings, enumeration values ECS knows. It reports every problem, not the first.
/// </summary>
/// <remarks>
/// Values are quoted in messages only where they cannot be secret (numbers, enumeration values), since
/// environment values and options may hold credentials.
/// </remarks>
internal static class JsonShapeChecker
{
    public static List<(string Path, string Message)> Check(JsonElement element, JsonTypeInfo typeInfo, string path)
    {
        var problems = new List<(string, string)>();
        CheckValue(element, typeInfo, path, problems);
        return problems;
    }

    private static void CheckValue(JsonElement element, JsonTypeInfo typeInfo, string path, List<(string, string)> problems)
    {
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, typeInfo, path, problems);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    problems.Add((path, $"expected an array, found {Describe(element)}"));
                    return;
                }
                var itemInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckItem(item, itemInfo, JsonPathText.Index(path, index++), problems);
                }
                break;
            case JsonTypeInfoKind.Dictionary:
                if (element.ValueKind != JsonValueKind.Object)
                {
                    problems.Add((path, $"expected an object of names and values, found {Describe(element)}"));
                    return;
                }
                var valueInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
                foreach (var entry in element.EnumerateObject())
                {
                    CheckItem(entry.Value, valueInfo, JsonPathText.Property(path, entry.Name), problems);
                }
                break;
            default:
                CheckScalar(element, typeInfo.Type, path, problems);
                break;
        }
    }

    private static void CheckItem(JsonElement item, JsonTypeInfo itemInfo, string path, List<(string, string)> problems)
    {
        if (item.ValueKind == JsonValueKind.Null)
        {
            problems.Add((path, $"expected {Expected(itemInfo)}, found null: remove the entry or give it a value"));
            return;
        }
        CheckValue(item, itemInfo, path, problems);
    }

    private static void CheckObject(JsonElement element, JsonTypeInfo typeInfo, string path, List<(string, string)> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add((path, $"expected an object, found {Describe(element)}"));
            return;
        }
        ReportDuplicates(element, path, problems);
        foreach (var property in typeInfo.Properties)
        {
            if (property.IsExtensionData)
            {
                continue;
            }
            if (!element.TryGetProperty(property.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (property.IsRequired)
                {
                    var how = value.ValueKind == JsonValueKind.Null ? "is null" : "is missing";
                    problems.Add((value.ValueKind == JsonValueKind.Null ? JsonPathText.Property(path, property.Name) : path,
                        $"the required member \"{property.Name}\" {how}: add it with {Expected(typeInfo.Options.GetTypeInfo(property.PropertyType))}"));
                }
                continue;
            }
            CheckValue(value, typeInfo.Options.GetTypeInfo(property.PropertyType), JsonPathText.Property(path, property.Name), problems);
        }
    }

    // JSON allows a member twice and clients disagree on which one counts; ECS input should never be ambiguous.
    private static void ReportDuplicates(JsonElement element, string path, List<(string, string)> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            if (!seen.Add(member.Name))
            {
                problems.Add((JsonPathText.Property(path, member.Name), $"the member \"{member.Name}\" appears more than once; keep one"));
                return;
            }
        }
    }

    private static void CheckScalar(JsonElement element, Type type, string path, List<(string, string)> problems)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(JsonElement))
        {
            return;
        }
        var ok = type switch
        {
            _ when type == typeof(int) => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out _),
            _ when type == typeof(long) => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out _),
            _ when type == typeof(double) => element.ValueKind == JsonValueKind.Number,
            _ when type == typeof(bool) => element.ValueKind is JsonValueKind.True or JsonValueKind.False,
            _ when type == typeof(string) => element.ValueKind == JsonValueKind.String,
            _ when type.IsEnum => element.ValueKind == JsonValueKind.String && EcsValues.Values(type).Contains(element.GetString()!),
            _ => true,
        };
        if (ok)
        {
            return;
        }
        if (type.IsEnum && element.ValueKind == JsonValueKind.String)
        {
            problems.Add((path, $"\"{element.GetString()}\" is not a {type.Name} value ECS knows; use one of {string.Join(", ", EcsValues.Values(type))} (ECS compares them case-sensitively)"));
            return;
        }
        var message = $"expected {ExpectedScalar(type)}, found {Describe(element)}";
        if ((type == typeof(int) || type == typeof(long) || type == typeof(double)) && element.ValueKind == JsonValueKind.String
            && double.TryParse(element.GetString(), System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            message += $": ECS takes this member as a number, write {element.GetString()} without quotes";
        }
        else if (type == typeof(string) && element.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
        {
            message += ": ECS takes this member as a string, put the value in quotes";
        }
        else if (type == typeof(int) && element.ValueKind == JsonValueKind.Number)
        {
            message += ": ECS takes a whole number here, without a decimal point or exponent, from -2147483648 to 2147483647";
        }
        problems.Add((path, message));
    }

    private static string Expected(JsonTypeInfo info) => info.Kind switch
    {
        JsonTypeInfoKind.Object => "an object",
        JsonTypeInfoKind.Enumerable => "an array",
        JsonTypeInfoKind.Dictionary => "an object of names and values",
        _ => ExpectedScalar(Nullable.GetUnderlyingType(info.Type) ?? info.Type),
    };

    private static string ExpectedScalar(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "an integer",
        _ when type == typeof(double) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(string) => "a string",
        _ when type.IsEnum => $"one of {string.Join(", ", EcsValues.Values(type))}",
        _ => "a value",
    };

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}
