namespace EcsKit;

/// <summary>Appending to the immutable lists and maps of the model, for the builders.</summary>
internal static class ListExtensions
{
    public static IReadOnlyList<T> Plus<T>(this IReadOnlyList<T>? list, T item) => [.. list ?? [], item];

    public static IReadOnlyList<T> Plus<T>(this IReadOnlyList<T>? list, IEnumerable<T> items) => [.. list ?? [], .. items];

    /// <summary>Replaces the first item matching <paramref name="match"/>, or appends when none does.</summary>
    public static IReadOnlyList<T> Upsert<T>(this IReadOnlyList<T>? list, Func<T, bool> match, T item)
    {
        var items = new List<T>(list ?? []);
        var index = items.FindIndex(x => match(x));
        if (index < 0)
        {
            items.Add(item);
        }
        else
        {
            items[index] = item;
        }
        return items;
    }

    public static IReadOnlyDictionary<string, string> With(this IReadOnlyDictionary<string, string>? map, string key, string value) =>
        new Dictionary<string, string>(map ?? new Dictionary<string, string>(), StringComparer.Ordinal) { [key] = value };
}
