using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>
/// Builds the syntax tree of a shell script from its tokens: lists, and-or chains, pipelines, simple commands and the
/// compound commands (subshells, groups, <c>if</c>, <c>while</c>/<c>until</c>, <c>for</c>, <c>case</c>, functions).
/// Reserved words (<c>{</c>, <c>}</c>, <c>if</c>, <c>do</c>, ...) are recognised only where a command starts. A syntax
/// error never throws: what was parsed is kept and the script is marked incomplete.
/// </summary>
internal sealed class ShellParser
{
    private const int MaxDepth = 100;

    private static readonly HashSet<string> Closers = new(System.StringComparer.Ordinal)
    {
        "}", "then", "else", "elif", "fi", "do", "done", "esac",
    };

    private readonly IReadOnlyList<ShellToken> _tokens;
    private int _pos;
    private int _depth;

    private ShellParser(IReadOnlyList<ShellToken> tokens) => _tokens = tokens;

    public bool IsComplete { get; private set; } = true;

    public static ShellList Parse(IReadOnlyList<ShellToken> tokens, out bool isComplete)
    {
        var parser = new ShellParser(tokens);
        var body = parser.ParseList();
        if (!parser.AtEnd)
        {
            // A closing word or operator that closes nothing.
            parser.IsComplete = false;
        }
        isComplete = parser.IsComplete;
        return body;
    }

    private bool AtEnd => _pos >= _tokens.Count;

    private ShellToken? Current => _pos < _tokens.Count ? _tokens[_pos] : null;

    private ShellToken? Next => _pos + 1 < _tokens.Count ? _tokens[_pos + 1] : null;

    private bool CurrentIsOperator(string text) => Current is { } t && t.IsOperator(text);

    private bool CurrentIsWord(string text) => Current is { Kind: ShellTokenKind.Word } t && t.Word!.IsPlain(text);

    private void SkipNewlines()
    {
        while (CurrentIsOperator("\n"))
        {
            _pos++;
        }
    }

    private ShellList ParseList()
    {
        var list = new ShellList();
        if (++_depth > MaxDepth)
        {
            IsComplete = false;
            _pos = _tokens.Count;
            _depth--;
            return list;
        }
        while (true)
        {
            SkipNewlines();
            if (Current is not { } t)
            {
                break;
            }
            if (t.Kind == ShellTokenKind.Operator && (t.Text == ")" || t.Text.StartsWith(";;", System.StringComparison.Ordinal) || t.Text == ";&"))
            {
                break;
            }
            if (t.Kind == ShellTokenKind.Word && IsCloser(t.Word!))
            {
                break;
            }
            if (t.Kind == ShellTokenKind.Operator && t.Text != "(")
            {
                // `; x`, `& x`, `| x`: nothing to separate or join.
                IsComplete = false;
                _pos++;
                continue;
            }
            var command = ParseAndOr();
            if (command is null)
            {
                IsComplete = false;
                _pos++;
                continue;
            }
            string? terminator = null;
            if (Current is { Kind: ShellTokenKind.Operator } op && (op.Text == ";" || op.Text == "&" || op.Text == "\n"))
            {
                terminator = op.Text;
                _pos++;
            }
            list.Items.Add(new ShellListItem(command, terminator));
            if (terminator is null && Current is { } after && !IsListEnd(after))
            {
                // Two commands with no separator, such as `{ a; } b`.
                IsComplete = false;
            }
        }
        _depth--;
        return list;
    }

    private static bool IsCloser(ShellWord word) => !word.IsQuoted && !word.HasExpansion && Closers.Contains(word.Text);

    private static bool IsListEnd(ShellToken token) =>
        (token.Kind == ShellTokenKind.Word && IsCloser(token.Word!))
        || (token.Kind == ShellTokenKind.Operator && (token.Text == ")" || token.Text.StartsWith(";;", System.StringComparison.Ordinal) || token.Text == ";&"));

    private ShellAndOr? ParseAndOr()
    {
        var first = ParsePipeline();
        if (first is null)
        {
            return null;
        }
        var andOr = new ShellAndOr();
        andOr.Pipelines.Add(first);
        while (Current is { Kind: ShellTokenKind.Operator } op && (op.Text == "&&" || op.Text == "||"))
        {
            _pos++;
            SkipNewlines();
            var next = ParsePipeline();
            if (next is null)
            {
                IsComplete = false;
                break;
            }
            andOr.Operators.Add(op.Text);
            andOr.Pipelines.Add(next);
        }
        return andOr;
    }

    private ShellPipeline? ParsePipeline()
    {
        var pipeline = new ShellPipeline();
        if (CurrentIsWord("!"))
        {
            pipeline.Negated = true;
            _pos++;
        }
        var first = ParseCommand();
        if (first is null)
        {
            return pipeline.Negated ? Incomplete(pipeline) : null;
        }
        pipeline.Commands.Add(first);
        while (Current is { Kind: ShellTokenKind.Operator } op && (op.Text == "|" || op.Text == "|&"))
        {
            _pos++;
            SkipNewlines();
            var next = ParseCommand();
            if (next is null)
            {
                IsComplete = false;
                break;
            }
            pipeline.Commands.Add(next);
        }
        return pipeline;
    }

    private T Incomplete<T>(T value)
    {
        IsComplete = false;
        return value;
    }

    private ShellCommand? ParseCommand()
    {
        if (Current is not { } t)
        {
            return null;
        }
        ShellCommand? command;
        if (t.IsOperator("("))
        {
            command = Next is { } n && n.IsOperator("(") && n.Start == t.End ? ParseArithmetic() : ParseSubshell();
        }
        else if (t.Kind == ShellTokenKind.Word && !t.Word!.IsQuoted && !t.Word.HasExpansion)
        {
            command = t.Word.Text switch
            {
                "{" => ParseGroup(),
                "if" => ParseIf(),
                "while" => ParseLoop(isUntil: false),
                "until" => ParseLoop(isUntil: true),
                "for" or "select" => ParseFor(),
                "case" => ParseCase(),
                "function" => ParseFunctionKeyword(),
                "[[" => ParseDoubleBracket(),
                _ => ParseSimple(),
            };
        }
        else if (t.Kind == ShellTokenKind.Word || t.Kind == ShellTokenKind.Redirect)
        {
            command = ParseSimple();
        }
        else
        {
            return null;
        }
        if (command is not ShellSimpleCommand)
        {
            while (Current is { Kind: ShellTokenKind.Redirect })
            {
                command.Redirects.Add(ParseRedirect());
            }
        }
        return command;
    }

    private ShellRedirect ParseRedirect()
    {
        var op = Current!;
        _pos++;
        if (Current is { Kind: ShellTokenKind.Word } target)
        {
            _pos++;
            return new ShellRedirect(op.IoNumber, op.Text, target.Word);
        }
        IsComplete = false;
        return new ShellRedirect(op.IoNumber, op.Text, null);
    }

    private ShellCommand ParseSimple()
    {
        var command = new ShellSimpleCommand { Start = Current!.Start, End = Current.End };
        while (Current is { } t)
        {
            if (t.Kind == ShellTokenKind.Word)
            {
                if (command.Words.Count == 0 && IsAssignment(t.Word!))
                {
                    command.Assignments.Add(t.Word!);
                }
                else
                {
                    command.Words.Add(t.Word!);
                }
                command.End = t.End;
                _pos++;
                if (command.Words.Count == 1 && command.Assignments.Count == 0 && command.Redirects.Count == 0
                    && CurrentIsOperator("(") && Next is { } close && close.IsOperator(")"))
                {
                    _pos += 2;
                    return ParseFunctionBody(command.Words[0].Text, command.Start);
                }
            }
            else if (t.Kind == ShellTokenKind.Redirect)
            {
                command.Redirects.Add(ParseRedirect());
            }
            else
            {
                if (t.IsOperator("("))
                {
                    // `echo a (b)`: a syntax error in every shell.
                    IsComplete = false;
                }
                break;
            }
        }
        return command;
    }

    /// <summary><c>NAME=value</c> (or <c>NAME+=value</c>) with the name unquoted.</summary>
    internal static bool IsAssignment(ShellWord word)
    {
        var raw = word.Raw;
        if (raw.Length < 2 || !(raw[0] == '_' || char.IsLetter(raw[0])))
        {
            return false;
        }
        for (var k = 1; k < raw.Length; k++)
        {
            var c = raw[k];
            if (c == '=' || (c == '+' && k + 1 < raw.Length && raw[k + 1] == '='))
            {
                return true;
            }
            if (!(c == '_' || char.IsLetterOrDigit(c)))
            {
                return false;
            }
        }
        return false;
    }

    private ShellFunction ParseFunctionBody(string name, int start)
    {
        SkipNewlines();
        var body = ParseCommand();
        if (body is null)
        {
            IsComplete = false;
            body = new ShellSimpleCommand { Start = start, End = start };
        }
        return new ShellFunction(name, body) { Start = start, End = body.End };
    }

    private ShellFunction ParseFunctionKeyword()
    {
        var start = Current!.Start;
        _pos++;
        var name = Current is { Kind: ShellTokenKind.Word } n ? n.Word!.Text : "";
        if (name.Length == 0)
        {
            IsComplete = false;
        }
        else
        {
            _pos++;
        }
        if (CurrentIsOperator("(") && Next is { } close && close.IsOperator(")"))
        {
            _pos += 2;
        }
        return ParseFunctionBody(name, start);
    }

    private ShellSubshell ParseSubshell()
    {
        var start = Current!.Start;
        _pos++;
        var body = ParseList();
        var end = Current?.End ?? start;
        Expect(")", isOperator: true);
        return new ShellSubshell(body) { Start = start, End = end };
    }

    /// <summary><c>(( expression ))</c>: arithmetic, kept as one finite command named <c>((</c>.</summary>
    private ShellSimpleCommand ParseArithmetic()
    {
        var start = Current!.Start;
        _pos += 2;
        var depth = 0;
        while (Current is { } t)
        {
            if (t.IsOperator("("))
            {
                depth++;
            }
            else if (t.IsOperator(")"))
            {
                if (depth == 0 && Next is { } n && n.IsOperator(")") && n.Start == t.End)
                {
                    _pos += 2;
                    return Synthetic("((", start, n.End);
                }
                depth--;
            }
            _pos++;
        }
        IsComplete = false;
        return Synthetic("((", start, start);
    }

    /// <summary><c>[[ expression ]]</c>: a test, kept as one finite command named <c>[[</c> (its <c>&amp;&amp;</c> and <c>&lt;</c> are not operators).</summary>
    private ShellSimpleCommand ParseDoubleBracket()
    {
        var start = Current!.Start;
        _pos++;
        while (Current is { } t)
        {
            _pos++;
            if (t.Kind == ShellTokenKind.Word && t.Word!.IsPlain("]]"))
            {
                return Synthetic("[[", start, t.End);
            }
        }
        IsComplete = false;
        return Synthetic("[[", start, start);
    }

    private static ShellSimpleCommand Synthetic(string name, int start, int end)
    {
        var command = new ShellSimpleCommand { Start = start, End = end };
        command.Words.Add(new ShellWord(name, name, hasExpansion: false, isQuoted: false, start, start + name.Length));
        return command;
    }

    private ShellGroup ParseGroup()
    {
        var start = Current!.Start;
        _pos++;
        var body = ParseList();
        var end = Current?.End ?? start;
        Expect("}");
        return new ShellGroup(body) { Start = start, End = end };
    }

    private ShellIf ParseIf()
    {
        var command = new ShellIf { Start = Current!.Start };
        _pos++;
        while (true)
        {
            var condition = ParseList();
            Expect("then");
            var body = ParseList();
            command.Branches.Add(new ShellBranch(condition, body));
            if (CurrentIsWord("elif"))
            {
                _pos++;
                continue;
            }
            break;
        }
        if (CurrentIsWord("else"))
        {
            _pos++;
            command.Else = ParseList();
        }
        command.End = Current?.End ?? command.Start;
        Expect("fi");
        return command;
    }

    private ShellLoop ParseLoop(bool isUntil)
    {
        var start = Current!.Start;
        _pos++;
        var condition = ParseList();
        Expect("do");
        var body = ParseList();
        var end = Current?.End ?? start;
        Expect("done");
        return new ShellLoop(isUntil, condition, body) { Start = start, End = end };
    }

    private ShellFor ParseFor()
    {
        var start = Current!.Start;
        _pos++;
        var variable = "";
        var items = new List<ShellWord>();
        if (CurrentIsOperator("("))
        {
            // for (( init; test; step )): skip to the closing parentheses.
            var depth = 0;
            while (Current is { } t)
            {
                _pos++;
                if (t.IsOperator("("))
                {
                    depth++;
                }
                else if (t.IsOperator(")") && --depth == 0)
                {
                    break;
                }
            }
        }
        else if (Current is { Kind: ShellTokenKind.Word } name)
        {
            variable = name.Word!.Text;
            _pos++;
            SkipNewlines();
            if (CurrentIsWord("in"))
            {
                _pos++;
                while (Current is { Kind: ShellTokenKind.Word } item)
                {
                    items.Add(item.Word!);
                    _pos++;
                }
            }
        }
        else
        {
            IsComplete = false;
        }
        if (CurrentIsOperator(";") || CurrentIsOperator("\n"))
        {
            _pos++;
        }
        SkipNewlines();
        Expect("do");
        var body = ParseList();
        var end = Current?.End ?? start;
        Expect("done");
        var command = new ShellFor(variable, body) { Start = start, End = end };
        command.Items.AddRange(items);
        return command;
    }

    private ShellCase ParseCase()
    {
        var start = Current!.Start;
        _pos++;
        ShellWord? subject = null;
        if (Current is { Kind: ShellTokenKind.Word } s)
        {
            subject = s.Word;
            _pos++;
        }
        else
        {
            IsComplete = false;
        }
        SkipNewlines();
        Expect("in");
        var command = new ShellCase(subject) { Start = start };
        while (true)
        {
            SkipNewlines();
            if (AtEnd)
            {
                IsComplete = false;
                break;
            }
            if (CurrentIsWord("esac"))
            {
                command.End = Current!.End;
                _pos++;
                return command;
            }
            if (CurrentIsOperator("("))
            {
                _pos++;
            }
            var patterns = new List<ShellWord>();
            while (Current is { Kind: ShellTokenKind.Word } pattern)
            {
                patterns.Add(pattern.Word!);
                _pos++;
                if (!CurrentIsOperator("|"))
                {
                    break;
                }
                _pos++;
            }
            if (patterns.Count == 0 || !CurrentIsOperator(")"))
            {
                IsComplete = false;
                break;
            }
            _pos++;
            var item = new ShellCaseItem(ParseList());
            item.Patterns.AddRange(patterns);
            command.Items.Add(item);
            if (Current is { Kind: ShellTokenKind.Operator } end && (end.Text == ";;" || end.Text == ";&" || end.Text == ";;&"))
            {
                _pos++;
            }
            else if (!CurrentIsWord("esac"))
            {
                IsComplete = false;
                break;
            }
        }
        command.End = Current?.End ?? start;
        return command;
    }

    private void Expect(string text, bool isOperator = false)
    {
        if (isOperator ? CurrentIsOperator(text) : CurrentIsWord(text))
        {
            _pos++;
        }
        else
        {
            IsComplete = false;
        }
    }
}
