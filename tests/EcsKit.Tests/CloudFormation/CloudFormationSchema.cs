using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

/// <summary>
/// Checks a template's resources against the committed registry schema extract: property names, JSON types, nested
/// definitions, array items, map values, enumerations and required properties. Intrinsic functions pass wherever a
/// value goes, because their result is only known at deployment.
/// </summary>
internal sealed class CloudFormationSchema(JsonObject extract)
{
    private static readonly Lazy<CloudFormationSchema> CommittedSchema = new(() =>
        new(JsonNode.Parse(File.ReadAllText(SharedData.Fixture(CloudFormationSchemaExtract.FixtureName)))!.AsObject()));

    public static CloudFormationSchema Committed => CommittedSchema.Value;

    private JsonObject ResourceTypes => extract["resourceTypes"]!.AsObject();

    public bool Knows(string resourceType) => ResourceTypes.ContainsKey(resourceType);

    /// <summary>Every problem in the template's resources of known types, each prefixed with its path.</summary>
    public IReadOnlyList<string> Check(JsonObject template)
    {
        var problems = new List<string>();
        foreach (var (name, resource) in template["Resources"]?.AsObject() ?? [])
        {
            if (resource?["Type"] is not JsonValue typeValue || !Knows((string)typeValue!))
            {
                // Resource types outside the extract (load balancers, security groups...) are not EcsKit's to check.
                continue;
            }
            var type = ResourceTypes[(string)typeValue!]!.AsObject();
            var path = $"Resources.{name}.Properties";
            switch (resource["Properties"])
            {
                case null:
                    CheckObject(type, type, new JsonObject(), path, problems);
                    break;
                case JsonObject properties:
                    CheckObject(type, type, properties, path, problems);
                    break;
                case var other:
                    problems.Add($"{path}: expected object, found {Kind(other)}");
                    break;
            }
        }
        return problems;
    }

    /// <summary>Checks <paramref name="value"/> against an object's facts (a resource or a definition).</summary>
    private static void CheckObject(JsonObject type, JsonObject facts, JsonObject value, string path, List<string> problems)
    {
        var properties = facts["properties"]?.AsObject();
        if (properties is null)
        {
            // A definition without properties is free-form (policy documents); anything goes.
            return;
        }
        foreach (var (name, child) in value)
        {
            if (properties[name] is not JsonObject property)
            {
                problems.Add($"{path}.{name}: unknown property");
                continue;
            }
            CheckValue(type, property, child, $"{path}.{name}", problems);
        }
        foreach (var required in facts["required"]?.AsArray() ?? [])
        {
            if (!value.ContainsKey((string)required!))
            {
                problems.Add($"{path}.{(string)required!}: required property missing");
            }
        }
    }

    private static void CheckValue(JsonObject type, JsonObject property, JsonNode? value, string path, List<string> problems)
    {
        if (Intrinsics.IsIntrinsic(value))
        {
            return;
        }
        var types = property["types"]!.AsArray().Select(t => (string)t!).ToList();
        var kind = Kind(value);
        if (types.Count > 0 && !types.Any(t => Accepts(t, kind)))
        {
            problems.Add($"{path}: expected {string.Join(" or ", types)}, found {kind}");
            return;
        }
        switch (value)
        {
            case JsonObject o when property["ref"] is JsonValue reference:
                CheckObject(type, type["definitions"]![(string)reference!]!.AsObject(), o, path, problems);
                break;
            case JsonObject o when property["values"] is JsonObject values:
                foreach (var (key, child) in o)
                {
                    CheckValue(type, values, child, $"{path}.{key}", problems);
                }
                break;
            case JsonArray a when property["items"] is JsonObject items:
                for (var i = 0; i < a.Count; i++)
                {
                    CheckValue(type, items, a[i], $"{path}[{i}]", problems);
                }
                break;
            case JsonValue v when property["enum"] is JsonArray allowed && v.GetValueKind() == JsonValueKind.String
                && !allowed.Any(e => JsonNode.DeepEquals(e, v)):
                problems.Add($"{path}: {(string)v!} is not one of {string.Join(", ", allowed.Select(e => e!.ToJsonString()))}");
                break;
        }
    }

    private static bool Accepts(string schemaType, string kind) =>
        schemaType == kind || (schemaType == "number" && kind == "integer");

    /// <summary>The JSON schema type name of a value; whole numbers are integers.</summary>
    public static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => IsWhole(value.AsValue()) ? "integer" : "number",
            _ => "null",
        },
    };

    private static bool IsWhole(JsonValue value) =>
        value.TryGetValue<long>(out _) || (value.TryGetValue<double>(out var d) && Math.Floor(d) == d && !double.IsInfinity(d));
}
