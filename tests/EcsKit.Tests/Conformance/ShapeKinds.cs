using System.Text.Json;

namespace EcsKit.Tests.Conformance;

/// <summary>Whether a C# property type is the right kind for the ECS shape its member targets.</summary>
internal static class ShapeKinds
{
    /// <summary>Null when <paramref name="type"/> fits <paramref name="shapeName"/>, otherwise what does not fit.</summary>
    public static string? Mismatch(Type type, string shapeName, EcsModelExtract model)
    {
        if (!model.Shapes.TryGetValue(shapeName, out var shape))
        {
            return $"the shape {shapeName} is not in the extract";
        }
        var clr = Nullable.GetUnderlyingType(type) ?? type;
        string? Expect(bool fits, string why = "") => fits ? null : $"{Display(type)} does not fit {shape}{why}";

        if (clr == typeof(int))
        {
            return Expect(shape.Type == "integer");
        }
        if (clr == typeof(long))
        {
            return Expect(shape.Type == "long");
        }
        if (clr == typeof(double))
        {
            return Expect(shape.Type == "double");
        }
        if (clr == typeof(bool))
        {
            return Expect(shape.Type == "boolean");
        }
        if (clr == typeof(string))
        {
            return Expect(shape.Type == "string" && !shape.IsEnum);
        }
        if (clr.IsEnum)
        {
            if (shape.Type != "string" || !shape.IsEnum)
            {
                return Expect(false);
            }
            if (clr.Name != shape.Name)
            {
                return Expect(false, $": the enumeration is named {clr.Name}, the shape {shape.Name}");
            }
            var values = EcsValues.Values(clr);
            return Expect(values.SequenceEqual(shape.Enum, StringComparer.Ordinal), $": EcsKit has {string.Join(", ", values)}");
        }
        if (clr == typeof(JsonElement))
        {
            return Expect(shape.IsStructure && shape.Document);
        }
        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return shape.Type == "list" ? Mismatch(clr.GetGenericArguments()[0], shape.Member!, model) : Expect(false);
        }
        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return shape.Type == "map"
                ? Mismatch(clr.GetGenericArguments()[0], shape.Key!, model) ?? Mismatch(clr.GetGenericArguments()[1], shape.Value!, model)
                : Expect(false);
        }
        if (clr.IsSubclassOf(typeof(EcsObject)))
        {
            return Expect(shape.IsStructure && !shape.Document && ModelTypes.ShapeName(clr) == shape.Name);
        }
        return $"{Display(type)} is not a type the conformance tests know how to compare with {shape}";
    }

    public static string Display(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Display(underlying) + "?";
        }
        return type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Display))}>"
            : type.Name;
    }
}
