using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EcsKit.Analyzers.Json;

/// <summary>What an ECS JSON file holds, by the end of its name.</summary>
internal enum EcsJsonKind
{
    None,
    TaskDefinition,
    Service,
}

/// <summary>
/// An ECS JSON file of the project: <c>*.taskdef.json</c> (register-task-definition input or describe-task-definition
/// output) or <c>*.service.json</c> (create-service input, or create-service / describe-services output with one
/// service), parsed, with the object that holds the definition and its path.
/// </summary>
internal sealed class EcsJsonDocument
{
    public const string TaskDefinitionSuffix = ".taskdef.json";
    public const string ServiceSuffix = ".service.json";

    private EcsJsonDocument(EcsJsonKind kind, JsonNode definition, string path, JsonLocations locations)
    {
        Kind = kind;
        Definition = definition;
        Path = path;
        Locations = locations;
    }

    public EcsJsonKind Kind { get; }

    /// <summary>The object of the task definition or service.</summary>
    public JsonNode Definition { get; }

    /// <summary>Its path: <c>$</c>, or <c>$.taskDefinition</c>, <c>$.service</c>, <c>$.services[0]</c> in describe output.</summary>
    public string Path { get; }

    public JsonLocations Locations { get; }

    /// <summary>The kind of file <paramref name="path"/> names (the suffix is compared without regard to case, as Windows globs match).</summary>
    public static EcsJsonKind KindOf(string path) =>
        path.EndsWith(TaskDefinitionSuffix, StringComparison.OrdinalIgnoreCase) ? EcsJsonKind.TaskDefinition
        : path.EndsWith(ServiceSuffix, StringComparison.OrdinalIgnoreCase) ? EcsJsonKind.Service
        : EcsJsonKind.None;

    /// <summary>The file read, or null when it is not one of these files, not JSON, or not a definition where one is expected.</summary>
    public static EcsJsonDocument? Read(AdditionalText file, System.Threading.CancellationToken cancellationToken)
    {
        var kind = KindOf(file.Path);
        if (kind == EcsJsonKind.None || file.GetText(cancellationToken) is not { } text)
        {
            return null;
        }
        return Read(kind, file.Path, text);
    }

    public static EcsJsonDocument? Read(EcsJsonKind kind, string file, SourceText text)
    {
        var root = JsonTree.Parse(text.ToString());
        if (root is null || root.Kind != JsonKind.Object)
        {
            return null;
        }
        var (definition, path) = Locate(kind, root);
        return definition is null ? null : new EcsJsonDocument(kind, definition, path, new JsonLocations(file, text, root));
    }

    // The same wrappers the runtime reader (EcsJson, DescribeShape) looks for, in the same order.
    private static (JsonNode? Definition, string Path) Locate(EcsJsonKind kind, JsonNode root)
    {
        var single = kind == EcsJsonKind.TaskDefinition ? "taskDefinition" : "service";
        if (root[single] is { Kind: JsonKind.Object } wrapped)
        {
            return (wrapped, JsonPaths.Property(JsonPaths.Root, single));
        }
        if (kind == EcsJsonKind.Service && root["services"] is { Kind: JsonKind.Array } list)
        {
            // The runtime reads one service at a time and refuses a list of any other length.
            return list.Items.Count == 1 && list.Items[0].Kind == JsonKind.Object
                ? (list.Items[0], JsonPaths.Index(JsonPaths.Property(JsonPaths.Root, "services"), 0))
                : (null, "");
        }
        return (root, JsonPaths.Root);
    }
}
