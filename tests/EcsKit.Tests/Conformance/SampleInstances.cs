using System.Collections;
using System.Text.Json;

namespace EcsKit.Tests.Conformance;

/// <summary>
/// Model instances with every JSON property set, built by reflection from the source-generated metadata: a sample
/// value for each scalar, one element in each list and one entry in each map, and nested objects filled the same way.
/// </summary>
internal static class SampleInstances
{
    private const int MaxDepth = 16;

    public static object FullyPopulated(Type type) => Record(type, 0);

    private static object Record(Type type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"The model nests deeper than {MaxDepth} levels at {type.Name}; is it recursive?");
        }
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in ModelTypes.JsonProperties(type))
        {
            ModelTypes.ClrProperty(type, property).SetValue(instance, Sample(property.PropertyType, depth + 1));
        }
        return instance;
    }

    private static object Sample(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "sample";
        }
        if (type == typeof(int))
        {
            return 2;
        }
        if (type == typeof(long))
        {
            return 3L;
        }
        if (type == typeof(double))
        {
            return 1.5;
        }
        if (type == typeof(bool))
        {
            return true;
        }
        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0)!;
        }
        if (type == typeof(JsonElement))
        {
            using var document = JsonDocument.Parse("""{"sample":true}""");
            return document.RootElement.Clone();
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            var list = Array.CreateInstance(element, 1);
            list.SetValue(Sample(element, depth), 0);
            return list;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            var arguments = type.GetGenericArguments();
            var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
            map.Add(Sample(arguments[0], depth), Sample(arguments[1], depth));
            return map;
        }
        if (type.IsSubclassOf(typeof(EcsObject)))
        {
            return Record(type, depth);
        }
        throw new NotSupportedException($"No sample value for {ShapeKinds.Display(type)}.");
    }
}
