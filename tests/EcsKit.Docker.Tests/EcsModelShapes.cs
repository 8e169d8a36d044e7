using System.Text.Json;

namespace EcsKit.Docker.Tests;

/// <summary>
/// The DescribeTasks shapes of the ECS API model (member names and types, extracted from service-2.json into
/// Fixtures/ecs-describe-tasks-extract.json), to check that local JSON uses only what ECS itself sends.
/// </summary>
internal static class EcsModelShapes
{
    public static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ecs-describe-tasks-extract.json")));
        return document.RootElement.GetProperty("shapes").Clone();
    }

    public static void AssertConforms(JsonElement shapes, string shape, JsonElement value, string path = "$")
    {
        var definition = shapes.GetProperty(shape);
        var type = definition.GetProperty("type").GetString();
        switch (type)
        {
            case "structure":
                Assert.True(value.ValueKind == JsonValueKind.Object, $"{path} should be an object ({shape})");
                var members = definition.GetProperty("members");
                foreach (var property in value.EnumerateObject())
                {
                    Assert.True(members.TryGetProperty(property.Name, out var member), $"{path}.{property.Name} is not a member of {shape} in the ECS model");
                    AssertConforms(shapes, member.GetString()!, property.Value, $"{path}.{property.Name}");
                }
                break;
            case "list":
                Assert.True(value.ValueKind == JsonValueKind.Array, $"{path} should be a list ({shape})");
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    AssertConforms(shapes, definition.GetProperty("member").GetString()!, item, $"{path}[{index++}]");
                }
                break;
            case "map":
                Assert.True(value.ValueKind == JsonValueKind.Object, $"{path} should be a map ({shape})");
                break;
            case "string":
                Assert.True(value.ValueKind == JsonValueKind.String, $"{path} should be a string ({shape})");
                break;
            case "integer" or "long" or "double" or "float" or "timestamp":
                Assert.True(value.ValueKind == JsonValueKind.Number, $"{path} should be a number ({shape}: {type})");
                break;
            case "boolean":
                Assert.True(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{path} should be a boolean ({shape})");
                break;
            default:
                Assert.Fail($"{path}: unexpected model type {type}");
                break;
        }
    }
}
