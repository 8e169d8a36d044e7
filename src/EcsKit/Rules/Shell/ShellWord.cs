namespace EcsKit.Rules;

/// <summary>One word of a shell command, as written and after quote removal.</summary>
internal sealed class ShellWord
{
    public ShellWord(string raw, string text, bool hasExpansion, bool isQuoted, int start, int end)
    {
        Raw = raw;
        Text = text;
        HasExpansion = hasExpansion;
        IsQuoted = isQuoted;
        Start = start;
        End = end;
    }

    /// <summary>The word as written in the script.</summary>
    public string Raw { get; }

    /// <summary>The word after quote removal; expansions (<c>$X</c>, <c>${X}</c>, <c>$(...)</c>, backticks) are kept as written.</summary>
    public string Text { get; }

    /// <summary>True when the word holds an expansion, so its value is only known when the shell runs.</summary>
    public bool HasExpansion { get; }

    /// <summary>True when part of the word is quoted or escaped (then it is never a reserved word or an operator).</summary>
    public bool IsQuoted { get; }

    /// <summary>The value the command receives, or null when an expansion makes it unknown.</summary>
    public string? Value => HasExpansion ? null : Text;

    /// <summary>Offset of the first character in the script.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character in the script.</summary>
    public int End { get; }

    /// <summary>True when the word is exactly <paramref name="text"/>, unquoted and without expansions (how reserved words are recognised).</summary>
    public bool IsPlain(string text) => !IsQuoted && !HasExpansion && Text == text;

    public override string ToString() => Raw;
}
