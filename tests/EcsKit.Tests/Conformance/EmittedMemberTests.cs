using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit.Tests.Conformance;

/// <summary>
/// What the serializer writes for fully populated instances, walked against the ECS model: every member name it
/// emits exists in the shape it belongs to, and every member of the shape is emitted.
/// </summary>
public sealed class EmittedMemberTests
{
    private static readonly EcsModelExtract Model = EcsModelExtract.Committed;

    public static TheoryData<string> Roots { get; } = new(EcsModelExtract.Roots);

    [Theory]
    [MemberData(nameof(Roots))]
    public void Every_emitted_member_exists_in_its_shape(string root)
    {
        var walk = Walk(root);

        Assert.Empty(walk.Unknown);
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void Every_member_of_the_shape_is_emitted_when_set(string root)
    {
        var walk = Walk(root);

        Assert.Empty(walk.Missing);
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void Fully_populated_instance_reads_back_to_the_same_json(string root)
    {
        var written = EcsRoots.Serialize(SampleInstances.FullyPopulated(EcsRoots.ModelType(root)));

        var rewritten = EcsRoots.Serialize(EcsRoots.Parse(root, written));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(rewritten)), rewritten);
    }

    private static (List<string> Unknown, List<string> Missing) Walk(string root)
    {
        var written = EcsRoots.Serialize(SampleInstances.FullyPopulated(EcsRoots.ModelType(root)));
        using var document = JsonDocument.Parse(written);
        var unknown = new List<string>();
        var missing = new List<string>();
        WalkValue(document.RootElement, root, "$", unknown, missing);
        return (unknown, missing);
    }

    private static void WalkValue(JsonElement element, string shapeName, string path, List<string> unknown, List<string> missing)
    {
        var shape = Model.Shape(shapeName);
        switch (shape.Type)
        {
            case "structure" when shape.Document:
                // A document holds any JSON; there are no members to check.
                break;
            case "structure":
                Assert.Equal(JsonValueKind.Object, element.ValueKind);
                var emitted = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    emitted.Add(property.Name);
                    if (shape.TargetOf(property.Name) is { } target)
                    {
                        WalkValue(property.Value, target, $"{path}.{property.Name}", unknown, missing);
                    }
                    else
                    {
                        unknown.Add($"{path}.{property.Name} (not a member of {shape.Name})");
                    }
                }
                missing.AddRange(shape.Members.Where(m => !emitted.Contains(m.Name)).Select(m => $"{path}.{m.Name} ({shape.Name})"));
                break;
            case "list":
                Assert.Equal(JsonValueKind.Array, element.ValueKind);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    WalkValue(item, shape.Member!, $"{path}[{index++}]", unknown, missing);
                }
                break;
            case "map":
                Assert.Equal(JsonValueKind.Object, element.ValueKind);
                foreach (var entry in element.EnumerateObject())
                {
                    WalkValue(entry.Value, shape.Value!, $"{path}['{entry.Name}']", unknown, missing);
                }
                break;
            default:
                Assert.True(ScalarFits(element, shape), $"{path}: {element.GetRawText()} is not a {shape}");
                break;
        }
    }

    private static bool ScalarFits(JsonElement element, ShapeFacts shape) => shape.Type switch
    {
        "string" => element.ValueKind == JsonValueKind.String && (!shape.IsEnum || shape.Enum.Contains(element.GetString()!)),
        "integer" => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out _),
        "long" => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out _),
        "double" => element.ValueKind == JsonValueKind.Number,
        "boolean" => element.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => false,
    };
}
