namespace EcsKit;

/// <summary>Builds JSON paths in the <c>$.a.b[0]</c> notation used in every EcsKit message.</summary>
internal static class JsonPathText
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IsPlain(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>Joins a path found inside an embedded element (which starts with <c>$</c>) onto the path of that element.</summary>
    public static string Rebase(string prefix, string relative) =>
        prefix == Root ? relative : prefix + relative[Root.Length..];

    /// <summary>The path of the value that holds <paramref name="path"/>, or null for the root.</summary>
    public static string? Parent(string path)
    {
        if (path.Length <= Root.Length)
        {
            return null;
        }
        if (path[^1] == ']')
        {
            // [3] or ['name'], where the name may itself hold brackets: find the '[' that opens the last segment.
            var open = path[^2] == '\'' ? path.LastIndexOf("['", StringComparison.Ordinal) : path.LastIndexOf('[');
            return open > 0 ? path[..open] : null;
        }
        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : null;
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }
}
