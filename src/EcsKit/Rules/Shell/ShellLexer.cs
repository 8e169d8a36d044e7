using System.Collections.Generic;
using System.Text;

namespace EcsKit.Rules;

/// <summary>
/// Splits a POSIX shell script (with the common bash extensions) into words, control operators and redirections.
/// Quotes, escapes, comments, here-documents, <c>$(...)</c>, <c>${...}</c>, <c>$((...))</c> and backticks are honoured,
/// so an <c>&amp;</c> inside quotes or inside a substitution is part of a word, and <c>2&gt;&amp;1</c> or <c>&amp;&gt;</c>
/// are redirections, never a background operator. It never throws: an unterminated quote or substitution takes the
/// rest of the script into one word and marks the result incomplete.
/// </summary>
internal sealed class ShellLexer
{
    private readonly string _s;
    private readonly List<ShellToken> _tokens = new();
    private readonly List<PendingHereDocument> _hereDocuments = new();
    private int _i;
    private bool _expectHereDocumentDelimiter;
    private bool _stripTabs;

    private ShellLexer(string script) => _s = script;

    /// <summary>False when a quote, a substitution or a here-document was left open.</summary>
    public bool IsComplete { get; private set; } = true;

    public IReadOnlyList<ShellToken> Tokens => _tokens;

    public static ShellLexer Tokenize(string script)
    {
        var lexer = new ShellLexer(script ?? "");
        lexer.Run();
        return lexer;
    }

    private void Run()
    {
        while (true)
        {
            SkipBlanks();
            if (_i >= _s.Length)
            {
                break;
            }
            var c = _s[_i];
            if (c == '#')
            {
                while (_i < _s.Length && _s[_i] != '\n')
                {
                    _i++;
                }
                continue;
            }
            if (c == '\n')
            {
                _tokens.Add(new ShellToken(ShellTokenKind.Operator, "\n", _i, _i + 1));
                _i++;
                ReadHereDocumentBodies();
                continue;
            }
            if (IsOperatorStart(c) && !IsProcessSubstitution(_i))
            {
                ReadOperator(null, _i);
                continue;
            }
            ReadWord();
        }
        if (_hereDocuments.Count > 0 || _expectHereDocumentDelimiter)
        {
            // A here-document whose body never started: the script ended on the redirection line.
            IsComplete = false;
        }
    }

    private void SkipBlanks()
    {
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (c == ' ' || c == '\t' || c == '\r')
            {
                _i++;
            }
            else if (c == '\\' && _i + 1 < _s.Length && _s[_i + 1] == '\n')
            {
                _i += 2;
            }
            else
            {
                break;
            }
        }
    }

    private static bool IsOperatorStart(char c) => c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>';

    private static bool IsWordEnd(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n' || IsOperatorStart(c);

    /// <summary>True at <c>&lt;(</c> or <c>&gt;(</c>: bash process substitution, one word.</summary>
    private bool IsProcessSubstitution(int at) =>
        (_s[at] == '<' || _s[at] == '>') && at + 1 < _s.Length && _s[at + 1] == '(';

    private void ReadOperator(string? ioNumber, int start)
    {
        var c = _s[_i];
        var next = _i + 1 < _s.Length ? _s[_i + 1] : '\0';
        var third = _i + 2 < _s.Length ? _s[_i + 2] : '\0';
        string text;
        var kind = ShellTokenKind.Operator;
        switch (c)
        {
            case ';':
                text = next == ';' ? (third == '&' ? ";;&" : ";;") : next == '&' ? ";&" : ";";
                break;
            case '&':
                if (next == '&')
                {
                    text = "&&";
                }
                else if (next == '>')
                {
                    text = third == '>' ? "&>>" : "&>";
                    kind = ShellTokenKind.Redirect;
                }
                else
                {
                    text = "&";
                }
                break;
            case '|':
                text = next == '|' ? "||" : next == '&' ? "|&" : "|";
                break;
            case '(':
                text = "(";
                break;
            case ')':
                text = ")";
                break;
            case '<':
                kind = ShellTokenKind.Redirect;
                text = next == '<' ? (third == '<' ? "<<<" : third == '-' ? "<<-" : "<<") : next == '&' ? "<&" : next == '>' ? "<>" : "<";
                break;
            default:
                kind = ShellTokenKind.Redirect;
                text = next == '>' ? ">>" : next == '&' ? ">&" : next == '|' ? ">|" : ">";
                break;
        }
        _i += text.Length;
        _tokens.Add(new ShellToken(kind, text, start, _i, ioNumber: ioNumber));
        if (text == "<<" || text == "<<-")
        {
            _expectHereDocumentDelimiter = true;
            _stripTabs = text == "<<-";
        }
    }

    private void ReadWord()
    {
        var start = _i;
        var text = new StringBuilder();
        var hasExpansion = false;
        var isQuoted = false;
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (IsWordEnd(c))
            {
                if ((c == '<' || c == '>') && IsProcessSubstitution(_i))
                {
                    var close = ScanParentheses(_i + 2);
                    AppendRaw(text, _i, close);
                    hasExpansion = true;
                    continue;
                }
                if ((c == '<' || c == '>') && IsIoNumber(start))
                {
                    ReadOperator(_s.Substring(start, _i - start), start);
                    return;
                }
                break;
            }
            switch (c)
            {
                case '\\':
                    isQuoted = true;
                    if (_i + 1 >= _s.Length)
                    {
                        text.Append('\\');
                        _i++;
                    }
                    else if (_s[_i + 1] == '\n')
                    {
                        _i += 2;
                    }
                    else
                    {
                        text.Append(_s[_i + 1]);
                        _i += 2;
                    }
                    break;
                case '\'':
                    isQuoted = true;
                    ReadSingleQuoted(text);
                    break;
                case '"':
                    isQuoted = true;
                    _i++;
                    hasExpansion |= ReadDoubleQuoted(text);
                    break;
                case '$':
                    if (_i + 1 < _s.Length && _s[_i + 1] == '\'')
                    {
                        isQuoted = true;
                        _i += 2;
                        ReadAnsiCQuoted(text);
                    }
                    else if (_i + 1 < _s.Length && _s[_i + 1] == '"')
                    {
                        isQuoted = true;
                        _i += 2;
                        hasExpansion |= ReadDoubleQuoted(text);
                    }
                    else
                    {
                        hasExpansion |= ReadDollar(text);
                    }
                    break;
                case '`':
                    ReadBackticks(text);
                    hasExpansion = true;
                    break;
                default:
                    text.Append(c);
                    _i++;
                    break;
            }
        }
        var word = new ShellWord(_s.Substring(start, _i - start), text.ToString(), hasExpansion, isQuoted, start, _i);
        _tokens.Add(new ShellToken(ShellTokenKind.Word, word.Raw, start, _i, word));
        if (_expectHereDocumentDelimiter)
        {
            _expectHereDocumentDelimiter = false;
            _hereDocuments.Add(new PendingHereDocument(word.Text, _stripTabs));
        }
    }

    /// <summary>True when the characters from <paramref name="start"/> up to here are a file descriptor for a redirection: digits, or bash's <c>{name}</c>.</summary>
    private bool IsIoNumber(int start)
    {
        if (_i == start)
        {
            return false;
        }
        var allDigits = true;
        for (var k = start; k < _i; k++)
        {
            allDigits &= char.IsDigit(_s[k]);
        }
        if (allDigits)
        {
            return true;
        }
        if (_s[start] != '{' || _s[_i - 1] != '}' || _i - start < 3)
        {
            return false;
        }
        for (var k = start + 1; k < _i - 1; k++)
        {
            if (!(char.IsLetterOrDigit(_s[k]) || _s[k] == '_'))
            {
                return false;
            }
        }
        return true;
    }

    private void ReadSingleQuoted(StringBuilder text)
    {
        var close = _s.IndexOf('\'', _i + 1);
        if (close < 0)
        {
            text.Append(_s, _i + 1, _s.Length - _i - 1);
            _i = _s.Length;
            IsComplete = false;
            return;
        }
        text.Append(_s, _i + 1, close - _i - 1);
        _i = close + 1;
    }

    /// <summary>Reads after an opening double quote up to and past the closing one; true when it held an expansion.</summary>
    private bool ReadDoubleQuoted(StringBuilder text)
    {
        var hasExpansion = false;
        while (_i < _s.Length)
        {
            var c = _s[_i];
            switch (c)
            {
                case '"':
                    _i++;
                    return hasExpansion;
                case '\\':
                    if (_i + 1 < _s.Length)
                    {
                        var escaped = _s[_i + 1];
                        if (escaped == '\n')
                        {
                            _i += 2;
                        }
                        else if (escaped == '$' || escaped == '`' || escaped == '"' || escaped == '\\')
                        {
                            text.Append(escaped);
                            _i += 2;
                        }
                        else
                        {
                            text.Append('\\');
                            _i++;
                        }
                    }
                    else
                    {
                        text.Append('\\');
                        _i++;
                    }
                    break;
                case '$':
                    hasExpansion |= ReadDollar(text);
                    break;
                case '`':
                    ReadBackticks(text);
                    hasExpansion = true;
                    break;
                default:
                    text.Append(c);
                    _i++;
                    break;
            }
        }
        IsComplete = false;
        return hasExpansion;
    }

    /// <summary>Reads bash's <c>$'...'</c> after the opening quote, decoding the usual backslash escapes.</summary>
    private void ReadAnsiCQuoted(StringBuilder text)
    {
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (c == '\'')
            {
                _i++;
                return;
            }
            if (c == '\\' && _i + 1 < _s.Length)
            {
                var e = _s[_i + 1];
                text.Append(e switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'a' => '\a',
                    'b' => '\b',
                    'e' or 'E' => '\u001b',
                    'f' => '\f',
                    'v' => '\v',
                    _ => e,
                });
                _i += 2;
                continue;
            }
            text.Append(c);
            _i++;
        }
        IsComplete = false;
    }

    /// <summary>Reads a <c>$</c> expansion at the cursor into <paramref name="text"/> as written; false when the <c>$</c> is literal.</summary>
    private bool ReadDollar(StringBuilder text)
    {
        var start = _i;
        var next = _i + 1 < _s.Length ? _s[_i + 1] : '\0';
        if (next == '(')
        {
            var close = ScanParentheses(_i + 2);
            AppendRaw(text, start, close);
            return true;
        }
        if (next == '{')
        {
            var close = ScanBraces(_i + 2);
            AppendRaw(text, start, close);
            return true;
        }
        if (next == '_' || char.IsLetter(next))
        {
            var k = _i + 1;
            while (k < _s.Length && (_s[k] == '_' || char.IsLetterOrDigit(_s[k])))
            {
                k++;
            }
            AppendRaw(text, start, k);
            return true;
        }
        if (char.IsDigit(next) || next is '@' or '*' or '#' or '?' or '$' or '!' or '-')
        {
            AppendRaw(text, start, _i + 2);
            return true;
        }
        text.Append('$');
        _i++;
        return false;
    }

    private void AppendRaw(StringBuilder text, int start, int end)
    {
        text.Append(_s, start, end - start);
        _i = end;
    }

    private void ReadBackticks(StringBuilder text)
    {
        var start = _i;
        var k = _i + 1;
        while (k < _s.Length && _s[k] != '`')
        {
            k += _s[k] == '\\' ? 2 : 1;
        }
        if (k >= _s.Length)
        {
            IsComplete = false;
            AppendRaw(text, start, _s.Length);
            return;
        }
        AppendRaw(text, start, k + 1);
    }

    /// <summary>
    /// From <paramref name="from"/>, just inside an opening parenthesis, returns the offset just past the matching
    /// closing one (or the end of the script, marking the result incomplete).
    /// </summary>
    private int ScanParentheses(int from) => ScanBalanced(from, '(', ')');

    /// <summary>The same for <c>${ ... }</c>, where a <c>$( ... )</c> inside may hold braces of its own.</summary>
    private int ScanBraces(int from) => ScanBalanced(from, '{', '}');

    /// <summary>Finds the bracket that closes one already open; quotes, escapes, backticks and nested substitutions are skipped.</summary>
    private int ScanBalanced(int from, char open, char close)
    {
        var depth = 1;
        var k = from;
        while (k < _s.Length)
        {
            var c = _s[k];
            switch (c)
            {
                case '\\':
                    k += 2;
                    continue;
                case '\'':
                    var quote = _s.IndexOf('\'', k + 1);
                    if (quote < 0)
                    {
                        IsComplete = false;
                        return _s.Length;
                    }
                    k = quote + 1;
                    continue;
                case '"':
                    k = SkipDoubleQuoted(k + 1);
                    continue;
                case '`':
                    k = SkipBackticks(k + 1);
                    continue;
                case '$' when open != '(' && k + 1 < _s.Length && _s[k + 1] == '(':
                    k = ScanParentheses(k + 2);
                    continue;
            }
            if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                return k + 1;
            }
            k++;
        }
        IsComplete = false;
        return _s.Length;
    }

    private int SkipDoubleQuoted(int from)
    {
        var k = from;
        while (k < _s.Length)
        {
            var c = _s[k];
            if (c == '\\')
            {
                k += 2;
                continue;
            }
            if (c == '"')
            {
                return k + 1;
            }
            if (c == '`')
            {
                k = SkipBackticks(k + 1);
                continue;
            }
            if (c == '$' && k + 1 < _s.Length && _s[k + 1] == '(')
            {
                k = ScanParentheses(k + 2);
                continue;
            }
            if (c == '$' && k + 1 < _s.Length && _s[k + 1] == '{')
            {
                k = ScanBraces(k + 2);
                continue;
            }
            k++;
        }
        IsComplete = false;
        return _s.Length;
    }

    private int SkipBackticks(int from)
    {
        var k = from;
        while (k < _s.Length && _s[k] != '`')
        {
            k += _s[k] == '\\' ? 2 : 1;
        }
        if (k >= _s.Length)
        {
            IsComplete = false;
            return _s.Length;
        }
        return k + 1;
    }

    /// <summary>After a newline: skips the bodies of the here-documents opened on the line just ended.</summary>
    private void ReadHereDocumentBodies()
    {
        foreach (var document in _hereDocuments)
        {
            var found = false;
            while (_i < _s.Length)
            {
                var end = _s.IndexOf('\n', _i);
                var lineEnd = end < 0 ? _s.Length : end;
                var line = _s.Substring(_i, lineEnd - _i).TrimEnd('\r');
                if (document.StripTabs)
                {
                    line = line.TrimStart('\t');
                }
                _i = end < 0 ? _s.Length : end + 1;
                if (line == document.Delimiter)
                {
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                IsComplete = false;
            }
        }
        _hereDocuments.Clear();
    }

    private sealed class PendingHereDocument
    {
        public PendingHereDocument(string delimiter, bool stripTabs)
        {
            Delimiter = delimiter;
            StripTabs = stripTabs;
        }

        public string Delimiter { get; }

        public bool StripTabs { get; }
    }
}
