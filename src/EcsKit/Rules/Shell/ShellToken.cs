namespace EcsKit.Rules;

/// <summary>What a shell token is.</summary>
internal enum ShellTokenKind
{
    /// <summary>A word (reserved words such as <c>if</c> or <c>{</c> are words too; the parser tells them apart by position).</summary>
    Word,

    /// <summary>A control operator: <c>;</c>, newline, <c>&amp;&amp;</c>, <c>||</c>, <c>&amp;</c>, <c>|</c>, <c>|&amp;</c>, <c>(</c>, <c>)</c>, <c>;;</c>, <c>;&amp;</c>, <c>;;&amp;</c>.</summary>
    Operator,

    /// <summary>A redirection operator (<c>&gt;</c>, <c>&gt;&gt;</c>, <c>&lt;</c>, <c>&gt;&amp;</c>, <c>&amp;&gt;</c>, <c>&lt;&lt;</c>, <c>&lt;&lt;&lt;</c>, ...), with its file descriptor when one is written (<c>2&gt;&amp;1</c>).</summary>
    Redirect,
}

/// <summary>One token of a shell script.</summary>
internal sealed class ShellToken
{
    public ShellToken(ShellTokenKind kind, string text, int start, int end, ShellWord? word = null, string? ioNumber = null)
    {
        Kind = kind;
        Text = text;
        Start = start;
        End = end;
        Word = word;
        IoNumber = ioNumber;
    }

    public ShellTokenKind Kind { get; }

    /// <summary>The operator (a newline is <c>"\n"</c>), or the word as written.</summary>
    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The word, for <see cref="ShellTokenKind.Word"/>.</summary>
    public ShellWord? Word { get; }

    /// <summary>The file descriptor (or <c>{name}</c>) written before a redirection, such as <c>2</c> in <c>2&gt;&amp;1</c>.</summary>
    public string? IoNumber { get; }

    public bool IsOperator(string text) => Kind == ShellTokenKind.Operator && Text == text;

    public override string ToString() => Kind == ShellTokenKind.Operator && Text == "\n" ? "\\n" : (IoNumber ?? "") + Text;
}
