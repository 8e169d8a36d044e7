using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

/// <summary>
/// The facts of the CloudFormation registry schemas of the resource types EcsKit synthesizes: per type its
/// properties, required properties and definitions, names and JSON types only (no descriptions, patterns or limits).
/// </summary>
/// <remarks>
/// A property is written as <c>{"types": [...]}</c> plus, where the schema gives them, <c>ref</c> (a definition of
/// the same type, whose properties apply), <c>items</c> (the array's item facts), <c>values</c> (the value facts of
/// a map given by <c>patternProperties</c>) and <c>enum</c>. Definitions stay named rather than inlined because the
/// schemas are recursive in places and inlining would repeat shared shapes such as <c>KeyValuePair</c> many times.
/// The extract is committed as <c>Fixtures/cloudformation-schema-extract.json</c> so that the tests run without the
/// shared data; <see cref="CloudFormationSchemaExtractTests"/> keeps it equal to what <see cref="FromSpecs"/> derives.
/// </remarks>
internal static class CloudFormationSchemaExtract
{
    public const string FixtureName = "cloudformation-schema-extract.json";

    public static readonly IReadOnlyList<string> SchemaFiles =
    [
        "aws-ecs-taskdefinition.json", "aws-ecs-service.json", "aws-ecs-cluster.json", "aws-logs-loggroup.json", "aws-iam-role.json",
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    /// <summary>Derives the extract from the registry schemas in <paramref name="folder"/>.</summary>
    public static JsonObject FromSpecs(string folder)
    {
        var types = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var file in SchemaFiles)
        {
            var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file)))!.AsObject();
            types.Add((string)schema["typeName"]!, Resource(schema));
        }
        return new JsonObject
        {
            ["source"] = "CloudFormation registry schemas (specs/cloudformation), facts only",
            ["resourceTypes"] = Sorted(types),
        };
    }

    /// <summary>The extract as indented JSON with <c>\n</c> line ends and a final line end.</summary>
    public static string ToJson(JsonObject extract) => extract.ToJsonString(Indented) + "\n";

    private static JsonObject Resource(JsonObject schema)
    {
        var resource = ObjectFacts(schema);
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (name, definition) in schema["definitions"]?.AsObject() ?? [])
        {
            var facts = Property(definition!.AsObject());
            foreach (var (key, value) in ObjectFacts(definition.AsObject()))
            {
                facts[key] = value!.DeepClone();
            }
            definitions.Add(name, facts);
        }
        resource["definitions"] = Sorted(definitions);
        return resource;
    }

    /// <summary>The properties and required list of an object schema (a resource or a definition).</summary>
    private static JsonObject ObjectFacts(JsonObject schema)
    {
        var facts = new JsonObject();
        if (schema["properties"] is JsonObject properties)
        {
            facts["properties"] = Sorted(properties.ToDictionary(p => p.Key, p => (JsonNode)Property(p.Value!.AsObject())));
        }
        if (schema["required"] is JsonArray required)
        {
            facts["required"] = new JsonArray(required.Select(r => (string)r!).Order(StringComparer.Ordinal).Select(r => (JsonNode?)r).ToArray());
        }
        return facts;
    }

    private static JsonObject Property(JsonObject schema)
    {
        var facts = new JsonObject();
        var types = schema["type"] switch
        {
            JsonArray many => many.Select(t => (string)t!).ToList(),
            JsonValue one => [(string)one!],
            // A bare $ref names an object definition; the registry schemas give no other kind of $ref.
            _ => schema["$ref"] is null ? [] : new List<string> { "object" },
        };
        facts["types"] = new JsonArray(types.Order(StringComparer.Ordinal).Select(t => (JsonNode?)t).ToArray());
        if (schema["$ref"] is JsonValue reference)
        {
            facts["ref"] = ((string)reference!).Replace("#/definitions/", "", StringComparison.Ordinal);
        }
        if (schema["items"] is JsonObject items)
        {
            facts["items"] = Property(items);
        }
        if (schema["patternProperties"] is JsonObject pattern && pattern.Count == 1)
        {
            facts["values"] = Property(pattern.Single().Value!.AsObject());
        }
        if (schema["enum"] is JsonArray values)
        {
            facts["enum"] = values.DeepClone();
        }
        return facts;
    }

    private static JsonObject Sorted(IEnumerable<KeyValuePair<string, JsonNode>> entries) =>
        new(entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value)));
}
