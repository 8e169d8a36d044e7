using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EcsKit.Tests.Conformance;

/// <summary>The C# model of EcsKit and the ECS shape each of its types stands for.</summary>
internal static class ModelTypes
{
    // C# names that differ from the ECS shape names; every other type is named exactly like its shape.
    private static readonly Dictionary<string, string> ShapeNames = new(StringComparer.Ordinal)
    {
        ["TaskDefinition"] = "RegisterTaskDefinitionRequest",
        ["Service"] = "CreateServiceRequest",
        ["Cluster"] = "CreateClusterRequest",
        ["EnvironmentVariable"] = "KeyValuePair",
    };

    private static readonly Assembly Library = typeof(EcsObject).Assembly;

    /// <summary>Every concrete <see cref="EcsObject"/> type of the library, by C# name.</summary>
    public static IReadOnlyList<Type> Records { get; } = Library.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(EcsObject)) && !t.IsAbstract)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every enumeration the library writes as ECS strings.</summary>
    public static IReadOnlyList<Type> Enums { get; } = Library.GetTypes()
        .Where(t => t.IsEnum && t.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is { IsGenericType: true } converter
            && converter.GetGenericTypeDefinition() == typeof(EcsEnumConverter<>))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static string ShapeName(Type type) => ShapeNames.TryGetValue(type.Name, out var shape) ? shape : type.Name;

    public static Type Record(string typeName) =>
        Records.SingleOrDefault(t => t.Name == typeName) ?? throw new KeyNotFoundException($"EcsKit has no model type {typeName}.");

    public static Type? RecordForShape(string shapeName) => Records.SingleOrDefault(t => ShapeName(t) == shapeName);

    public static Type? EnumForShape(string shapeName) => Enums.SingleOrDefault(t => t.Name == shapeName);

    public static JsonTypeInfo Info(Type type) => EcsJsonContext.Default.Options.GetTypeInfo(type);

    /// <summary>
    /// The JSON properties of a model type as the source-generated metadata has them, without the extension data and
    /// without the properties marked [JsonIgnore] (the generated metadata lists those too, with neither getter nor setter).
    /// </summary>
    public static IReadOnlyList<JsonPropertyInfo> JsonProperties(Type type) =>
        Info(type).Properties.Where(p => !p.IsExtensionData && (p.Get is not null || p.Set is not null)).ToList();

    /// <summary>The C# property behind a JSON property of <paramref name="type"/>.</summary>
    public static PropertyInfo ClrProperty(Type type, JsonPropertyInfo property) =>
        property.AttributeProvider as PropertyInfo
        ?? type.GetProperties().Single(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == property.Name);
}
