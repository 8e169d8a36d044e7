using System.Text.Json.Nodes;

namespace EcsKit.Tests.Conformance;

/// <summary>
/// The smallest JSON the ECS model accepts for a shape: required members only, each with a placeholder value of its
/// shape's type (the first value of an enumeration).
/// </summary>
internal sealed class MinimalJson(EcsModelExtract model)
{
    public JsonObject Object(string structure)
    {
        var shape = model.Shape(structure);
        var json = new JsonObject();
        foreach (var member in shape.Required)
        {
            json[member] = Value(shape.TargetOf(member)!);
        }
        return json;
    }

    public JsonNode Value(string shapeName)
    {
        var shape = model.Shape(shapeName);
        return shape.Type switch
        {
            "string" => shape.IsEnum ? shape.Enum[0] : "sample",
            "integer" => 1,
            "long" => 1L,
            "double" => 1.5,
            "boolean" => true,
            "list" => new JsonArray(Value(shape.Member!)),
            "map" => new JsonObject { ["sample"] = Value(shape.Value!) },
            "structure" => shape.Document ? new JsonObject() : Object(shapeName),
            _ => throw new NotSupportedException($"No placeholder for {shape}."),
        };
    }

    /// <summary>
    /// The minimal JSON of <paramref name="root"/> with the objects along <paramref name="path"/> present (each itself
    /// minimal), and the object the path ends at.
    /// </summary>
    public (JsonObject Root, JsonObject Target) Along(string root, IEnumerable<PathStep> path)
    {
        var json = Object(root);
        var current = json;
        foreach (var step in path)
        {
            var target = model.Shape(step.Shape).TargetOf(step.Member)!;
            if (current[step.Member] is null)
            {
                current[step.Member] = step.IntoList ? new JsonArray(Object(model.Shape(target).Member!)) : Object(target);
            }
            current = step.IntoList ? current[step.Member]![0]!.AsObject() : current[step.Member]!.AsObject();
        }
        return (json, current);
    }
}
