using System.Text;
using System.Text.Json;

namespace EcsKit.Tests.Conformance;

/// <summary>
/// The facts of the ECS API model (botocore <c>service-2.json</c>) that EcsKit models: every shape reachable from
/// the three request roots, and the members of the three describe shapes (without their closure). It keeps shape
/// names, types, members, required lists, enumeration values and list and map shapes, never documentation text.
/// </summary>
/// <remarks>
/// The extract is committed as <c>Fixtures/ecs-model-extract.json</c> so that the conformance tests run without the
/// shared data; <see cref="EcsModelExtractTests"/> keeps it equal to what <see cref="FromServiceModel"/> derives.
/// </remarks>
internal sealed class EcsModelExtract
{
    public const string FixtureName = "ecs-model-extract.json";

    public static readonly IReadOnlyList<string> Roots =
        ["RegisterTaskDefinitionRequest", "CreateServiceRequest", "CreateClusterRequest"];

    public static readonly IReadOnlyList<string> DescribeShapeNames = ["TaskDefinition", "Service", "Cluster"];

    private static readonly Lazy<EcsModelExtract> CommittedExtract =
        new(() => Parse(File.ReadAllText(SharedData.Fixture(FixtureName))));

    private EcsModelExtract(string apiVersion, IReadOnlyDictionary<string, ShapeFacts> shapes, IReadOnlyDictionary<string, ShapeFacts> describeShapes)
    {
        ApiVersion = apiVersion;
        Shapes = shapes;
        DescribeShapes = describeShapes;
    }

    /// <summary>The extract committed with the tests.</summary>
    public static EcsModelExtract Committed => CommittedExtract.Value;

    public string ApiVersion { get; }

    /// <summary>Every shape reachable from <see cref="Roots"/>, by name.</summary>
    public IReadOnlyDictionary<string, ShapeFacts> Shapes { get; }

    /// <summary>The describe shapes named in <see cref="DescribeShapeNames"/>; their targets need not be in <see cref="Shapes"/>.</summary>
    public IReadOnlyDictionary<string, ShapeFacts> DescribeShapes { get; }

    public ShapeFacts Shape(string name) =>
        Shapes.TryGetValue(name, out var shape) ? shape : throw new KeyNotFoundException($"The extract has no shape {name}.");

    /// <summary>Derives the extract from the botocore model at <paramref name="serviceModelPath"/>.</summary>
    public static EcsModelExtract FromServiceModel(string serviceModelPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(serviceModelPath));
        var model = document.RootElement;
        var shapes = model.GetProperty("shapes");
        var closure = new SortedDictionary<string, ShapeFacts>(StringComparer.Ordinal);
        var pending = new Stack<string>(Roots.Reverse());
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (closure.ContainsKey(name))
            {
                continue;
            }
            var facts = ReadShape(name, shapes.GetProperty(name));
            closure.Add(name, facts);
            foreach (var target in facts.Members.Select(m => m.Shape).Concat(new[] { facts.Member, facts.Key, facts.Value }.OfType<string>()))
            {
                pending.Push(target);
            }
        }
        var describe = new SortedDictionary<string, ShapeFacts>(StringComparer.Ordinal);
        foreach (var name in DescribeShapeNames)
        {
            describe.Add(name, ReadShape(name, shapes.GetProperty(name)));
        }
        return new EcsModelExtract(model.GetProperty("metadata").GetProperty("apiVersion").GetString()!, closure, describe);
    }

    /// <summary>Reads an extract written by <see cref="ToJson"/>.</summary>
    public static EcsModelExtract Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new EcsModelExtract(root.GetProperty("apiVersion").GetString()!, ReadShapes(root.GetProperty("shapes")), ReadShapes(root.GetProperty("describeShapes")));
    }

    /// <summary>The extract as indented JSON with <c>\n</c> line ends and a final line end; shapes sorted by name.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("source", "botocore data/ecs/2014-11-13/service-2.json (facts only)");
            writer.WriteString("apiVersion", ApiVersion);
            WriteNames(writer, "roots", Roots);
            WriteShapes(writer, "shapes", Shapes);
            WriteShapes(writer, "describeShapes", DescribeShapes);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static ShapeFacts ReadShape(string name, JsonElement shape)
    {
        var members = shape.TryGetProperty("members", out var m)
            ? m.EnumerateObject().Select(p => new MemberFacts(p.Name, p.Value.GetProperty("shape").GetString()!)).ToList()
            : [];
        return new ShapeFacts(
            name,
            shape.GetProperty("type").GetString()!,
            members,
            Strings(shape, "required"),
            Strings(shape, "enum"),
            Target(shape, "member"),
            Target(shape, "key"),
            Target(shape, "value"),
            shape.TryGetProperty("document", out var document) && document.GetBoolean());
    }

    private static string? Target(JsonElement shape, string name) =>
        shape.TryGetProperty(name, out var target) ? target.GetProperty("shape").GetString() : null;

    private static SortedDictionary<string, ShapeFacts> ReadShapes(JsonElement shapes)
    {
        var read = new SortedDictionary<string, ShapeFacts>(StringComparer.Ordinal);
        foreach (var shape in shapes.EnumerateObject())
        {
            var s = shape.Value;
            var members = s.TryGetProperty("members", out var m)
                ? m.EnumerateObject().Select(p => new MemberFacts(p.Name, p.Value.GetString()!)).ToList()
                : [];
            read.Add(shape.Name, new ShapeFacts(
                shape.Name,
                s.GetProperty("type").GetString()!,
                members,
                Strings(s, "required"),
                Strings(s, "enum"),
                s.TryGetProperty("member", out var member) ? member.GetString() : null,
                s.TryGetProperty("key", out var key) ? key.GetString() : null,
                s.TryGetProperty("value", out var value) ? value.GetString() : null,
                s.TryGetProperty("document", out var document) && document.GetBoolean()));
        }
        return read;
    }

    private static List<string> Strings(JsonElement shape, string name) =>
        shape.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToList() : [];

    private static void WriteShapes(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, ShapeFacts> shapes)
    {
        writer.WriteStartObject(name);
        foreach (var shape in shapes.Values)
        {
            writer.WriteStartObject(shape.Name);
            writer.WriteString("type", shape.Type);
            if (shape.Document)
            {
                writer.WriteBoolean("document", true);
            }
            if (shape.IsStructure)
            {
                writer.WriteStartObject("members");
                foreach (var member in shape.Members)
                {
                    writer.WriteString(member.Name, member.Shape);
                }
                writer.WriteEndObject();
            }
            if (shape.Required.Count > 0)
            {
                WriteNames(writer, "required", shape.Required);
            }
            if (shape.Enum.Count > 0)
            {
                WriteNames(writer, "enum", shape.Enum);
            }
            WriteTarget(writer, "member", shape.Member);
            WriteTarget(writer, "key", shape.Key);
            WriteTarget(writer, "value", shape.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter writer, string name, string? target)
    {
        if (target is not null)
        {
            writer.WriteString(name, target);
        }
    }

    private static void WriteNames(Utf8JsonWriter writer, string name, IEnumerable<string> names)
    {
        writer.WriteStartArray(name);
        foreach (var item in names)
        {
            writer.WriteStringValue(item);
        }
        writer.WriteEndArray();
    }
}
