using System.Reflection;
using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Converts EcsKit enumerations to and from the exact strings of the ECS API.</summary>
public static class EcsValues
{
    /// <summary>The ECS API string of <paramref name="value"/>, for example <c>awsvpc</c> for <see cref="NetworkMode.Awsvpc"/>.</summary>
    public static string ToEcsString<TEnum>(this TEnum value) where TEnum : struct, Enum => EnumTable<TEnum>.ToEcs(value);

    /// <summary>Reads an ECS API string (exact spelling, as ECS compares it).</summary>
    /// <returns><see langword="true"/> when <paramref name="text"/> is one of the values ECS defines for <typeparamref name="TEnum"/>.</returns>
    public static bool TryParse<TEnum>(string text, out TEnum value) where TEnum : struct, Enum => EnumTable<TEnum>.TryParse(text, out value);

    /// <summary>Every ECS API string of <typeparamref name="TEnum"/>, in the order the ECS model lists them.</summary>
    public static IReadOnlyList<string> Values<TEnum>() where TEnum : struct, Enum => EnumTable<TEnum>.Names;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyList<string>> ValuesByType = new();

    internal static IReadOnlyList<string> Values(Type enumType) =>
        ValuesByType.GetOrAdd(enumType, static type => (IReadOnlyList<string>)typeof(EcsValues).GetMethod(nameof(Values), 1, Type.EmptyTypes)!
            .MakeGenericMethod(type).Invoke(null, null)!);

    private static class EnumTable<TEnum> where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, string> ToText = [];
        private static readonly Dictionary<string, TEnum> FromText = new(StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> Names;

        static EnumTable()
        {
            var names = new List<string>();
            foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var value = (TEnum)field.GetValue(null)!;
                var text = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name;
                ToText[value] = text;
                FromText[text] = value;
                names.Add(text);
            }
            Names = names;
        }

        public static string ToEcs(TEnum value) =>
            ToText.TryGetValue(value, out var text)
                ? text
                : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name} value.");

        public static bool TryParse(string text, out TEnum value) => FromText.TryGetValue(text, out value);
    }
}
