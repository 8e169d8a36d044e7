using System.Text.Json;
using CsCheck;

namespace EcsKit.Tests.Json;

/// <summary>Generators of the plain values ECS members hold, and of optional members and unknown members.</summary>
internal static class GenValues
{
    /// <summary>Short names: letters, digits, dash and underscore.</summary>
    public static readonly Gen<string> Name =
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-_"].Array[1, 10].Select(chars => new string(chars));

    /// <summary>Free text, with characters that JSON has to escape and characters beyond ASCII.</summary>
    public static readonly Gen<string> Text =
        Gen.OneOf("a", "Z", "0", " ", "-", "/", ":", "=", "\"", "\\", "\n", "\t", "é", "中", "😀", "<>&'", "${VAR}")
            .Array[0, 6].Select(parts => string.Concat(parts));

    public static readonly Gen<string> Arn =
        Gen.Select(Gen.OneOf("iam", "ecs", "ssm", "secretsmanager", "elasticloadbalancing"), Name,
            (service, name) => $"arn:aws:{service}:eu-west-1:111122223333:{name}");

    public static readonly Gen<int> Port = Gen.Int[0, 65535];

    /// <summary>Any 32-bit integer, edges included.</summary>
    public static readonly Gen<int> AnyInt = Gen.Frequency((3, Gen.Int[0, 4096]), (1, Gen.Int), (1, Gen.OneOf(int.MinValue, int.MaxValue, -1)));

    public static readonly Gen<IReadOnlyDictionary<string, string>> Map =
        Gen.Select(Name, Text).Array[0, 3].Select(IReadOnlyDictionary<string, string> (entries) =>
            entries.DistinctBy(e => e.Item1).ToDictionary(e => e.Item1, e => e.Item2));

    /// <summary>Members ECS may add later: names EcsKit does not know, values of every JSON kind.</summary>
    public static readonly Gen<IReadOnlyDictionary<string, JsonElement>?> Future =
        Gen.Select(Name, Gen.OneOf("1", "1.50", "-0.0", "1e3", "\"s\"", "\"é\\u00e9\"", "true", "false", "null", "[]", "{}", "[1,\"a\",null]", """{"a":{"b":[true]}}"""))
            .Array[0, 2]
            .Select(IReadOnlyDictionary<string, JsonElement>? (entries) => entries.Length == 0
                ? null
                : entries.DistinctBy(e => e.Item1).ToDictionary(e => "future_" + e.Item1, e => Element(e.Item2)));

    public static Gen<T?> OrNull<T>(this Gen<T> gen) where T : class => gen.Null(0.4);

    public static Gen<T?> OrAbsent<T>(this Gen<T> gen) where T : struct => gen.Nullable(0.4);

    /// <summary>An absent, empty or short list.</summary>
    public static Gen<IReadOnlyList<T>?> ListOrNull<T>(this Gen<T> gen, int max = 3) =>
        gen.Array[0, max].Select(IReadOnlyList<T> (items) => items).Null(0.4);

    /// <summary>A list with at least one item, for members ECS requires.</summary>
    public static Gen<IReadOnlyList<T>> NonEmptyList<T>(this Gen<T> gen, int max = 3) =>
        gen.Array[1, max].Select(IReadOnlyList<T> (items) => items);

    public static Gen<IReadOnlyList<T>?> EnumListOrNull<T>() where T : struct, Enum => Gen.Enum<T>().ListOrNull();

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
