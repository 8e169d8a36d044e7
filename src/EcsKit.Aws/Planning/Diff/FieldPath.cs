namespace EcsKit.Aws;

/// <summary>
/// Where a diff stands: the readable path (<c>containerDefinitions['web'].environment['LOG_LEVEL']</c>), the pattern
/// that shape tables use (<c>containerDefinitions[].environment[]</c>) and the key of the element or map entry.
/// </summary>
internal readonly record struct FieldPath(string Text, string Pattern, string? Key)
{
    public static readonly FieldPath Root = new("", "", null);

    /// <summary>The top-level member the path is in.</summary>
    public string TopMember => Pattern.Split('.', '[')[0];

    public FieldPath Member(string name) => new(
        Text.Length == 0 ? (IsPlain(name) ? name : Bracket(name)) : Text + (IsPlain(name) ? "." + name : Bracket(name)),
        Pattern.Length == 0 ? name : Pattern + "." + name,
        name);

    /// <summary>An element of a keyed list, or an entry of a map.</summary>
    public FieldPath Entry(string key) => new(Text + Bracket(key), Pattern + "[]", key);

    public FieldPath Index(int index) => new($"{Text}[{index}]", Pattern + "[]", null);

    private static string Bracket(string key) => $"['{key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static bool IsPlain(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
