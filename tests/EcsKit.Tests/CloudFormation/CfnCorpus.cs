using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

/// <summary>The real-world CloudFormation templates in the shared corpus (<c>corpus/cfn</c>), JSON and YAML alike.</summary>
internal static class CfnCorpus
{
    public const string TaskDefinitionType = "AWS::ECS::TaskDefinition";

    public static string Folder => SharedData.Require("corpus", "cfn");

    /// <summary>The corpus file names, sorted so that test cases keep a stable order.</summary>
    public static IReadOnlyList<string> FileNames() =>
        Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>Reads a template; JSON is told from YAML by its first character, because some names end in .golden.</summary>
    public static JsonObject Read(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(Folder, fileName));
        return text.TrimStart().StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : CloudFormationYaml.Parse(text);
    }

    /// <summary>The template's task definition resources by logical id, each with its Properties object.</summary>
    public static IReadOnlyList<(string LogicalId, JsonObject Properties)> TaskDefinitions(JsonObject template) =>
        (template["Resources"]?.AsObject() ?? [])
            .Where(r => r.Value?["Type"] is JsonValue type && (string)type! == TaskDefinitionType)
            .Select(r => (r.Key, r.Value!["Properties"] as JsonObject ?? new JsonObject()))
            .ToList();

    /// <summary>
    /// Every task definition in the corpus whose properties hold no intrinsic function, as file and logical id:
    /// only these have a value EcsKit can read without deploying the stack.
    /// </summary>
    public static IReadOnlyList<(string FileName, string LogicalId, JsonObject Properties)> LiteralTaskDefinitions() =>
        FileNames()
            .SelectMany(file => TaskDefinitions(Read(file)).Select(td => (file, td.LogicalId, td.Properties)))
            .Where(td => Intrinsics.IsLiteral(td.Properties))
            .ToList();

    /// <summary>True where every container definition has a literal name and image, which ECS requires.</summary>
    public static bool HasNamedImages(JsonObject properties) =>
        properties["ContainerDefinitions"] is JsonArray { Count: > 0 } containers
        && containers.All(c => c is JsonObject o && o["Name"] is JsonValue && o["Image"] is JsonValue);

    /// <summary>
    /// The corpus task definitions to round-trip: the literal part of each (see <see cref="Intrinsics.LiteralPart"/>)
    /// where every container still has a literal name and image.
    /// </summary>
    public static IReadOnlyList<(string FileName, string LogicalId, JsonObject Properties)> RoundTripCandidates() =>
        FileNames()
            .SelectMany(file => TaskDefinitions(Read(file)).Select(td => (file, td.LogicalId, Complete(td.LogicalId, Intrinsics.LiteralPart(td.Properties)!.AsObject()))))
            .Where(td => Intrinsics.IsLiteral(td.Item3) && HasNamedImages(td.Item3))
            .ToList();

    // Dropping intrinsic functions can leave required members out: a family made with Fn::Sub becomes the logical id,
    // and secrets whose valueFrom was an intrinsic are left out, so that what remains is a definition ECS would take.
    private static JsonObject Complete(string logicalId, JsonObject properties)
    {
        properties["Family"] ??= logicalId;
        foreach (var container in properties["ContainerDefinitions"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            if (container["Secrets"] is JsonArray secrets)
            {
                foreach (var incomplete in secrets.OfType<JsonObject>().Where(s => s["ValueFrom"] is null || s["Name"] is null).ToList())
                {
                    secrets.Remove(incomplete);
                }
            }
        }
        return properties;
    }
}
