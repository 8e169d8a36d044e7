namespace EcsKit.Analyzers.Json;

/// <summary>JSON paths in the <c>$.a.b[0]</c> notation of every EcsKit message, built as the runtime builds them.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IsPlain(name) ? parent + "." + name : parent + "['" + name.Replace("'", "\\'") + "']";

    public static string Index(string parent, int index) => parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>The path of the value that holds <paramref name="path"/>, or null for a path without a parent.</summary>
    public static string? Parent(string path)
    {
        if (path.Length <= 1)
        {
            return null;
        }
        if (path[path.Length - 1] == ']')
        {
            // [3] or ['name'], where the name may itself hold brackets: find the '[' that opens the last segment.
            var open = path[path.Length - 2] == '\'' ? path.LastIndexOf("['", System.StringComparison.Ordinal) : path.LastIndexOf('[');
            return open > 0 ? path.Substring(0, open) : null;
        }
        var dot = path.LastIndexOf('.');
        return dot > 0 ? path.Substring(0, dot) : null;
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            {
                return false;
            }
        }
        return true;
    }
}
