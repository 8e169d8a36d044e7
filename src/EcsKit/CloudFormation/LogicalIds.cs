using System.Text;

namespace EcsKit.CloudFormation;

/// <summary>Readable, stable, unique CloudFormation logical ids: PascalCase words of the names, then the kind.</summary>
internal sealed class LogicalIds
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _prefix;

    public LogicalIds(string appName) => _prefix = Pascal(appName);

    /// <summary>An id for <paramref name="name"/>: the application's name first unless the name already starts with it.</summary>
    /// <param name="name">The resource's name.</param>
    /// <param name="kind">What it is, the end of the id: <c>Cluster</c>, <c>Service</c>.</param>
    /// <param name="prefixed">False for names that are already unique outside the app, such as log group paths.</param>
    public string For(string name, string kind, bool prefixed = true)
    {
        var words = Pascal(name);
        var stem = !prefixed || words.StartsWith(_prefix, StringComparison.Ordinal) ? words : _prefix + words;
        var id = Truncate(stem + kind);
        // Names that differ only in punctuation ("web-api", "web_api") meet here: number the later ones.
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = Truncate(stem + kind) + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return id;
    }

    public static string Pascal(string name)
    {
        var text = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }
        return text.ToString();
    }

    // Logical ids are at most 255 characters; keep room for a number.
    private static string Truncate(string id) => id.Length > 250 ? id[..250] : id;
}
