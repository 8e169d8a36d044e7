using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EcsKit.Analyzers.Json;

/// <summary>
/// A small, strict JSON reader (RFC 8259: no comments, no trailing commas, no single quotes) that keeps where each
/// value stands. Analyzers run on netstandard2.0 and must not ship System.Text.Json, so this reads the files
/// instead. Anything malformed, and objects that name a member twice (which the runtime reader refuses too),
/// give no tree at all: a file that is not JSON is not analyzed.
/// </summary>
internal sealed class JsonTree
{
    // System.Text.Json's default maximum depth: deeper documents are refused at run time as well.
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private JsonTree(string text) => _text = text;

    /// <summary>The root value of <paramref name="text"/>, or null when it is not one well-formed JSON value.</summary>
    public static JsonNode? Parse(string text)
    {
        var reader = new JsonTree(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            reader._position = 1;
        }
        var root = reader.Value(0);
        reader.SkipWhitespace();
        return root is not null && reader._position == text.Length ? root : null;
    }

    private JsonNode? Value(int depth)
    {
        SkipWhitespace();
        if (_position >= _text.Length || depth > MaxDepth)
        {
            return null;
        }
        switch (_text[_position])
        {
            case '{': return Object(depth);
            case '[': return Array(depth);
            case '"':
                var start = _position;
                var text = String();
                return text is null ? null : new JsonNode(JsonKind.String, start) { Text = text, Length = _position - start };
            case 't': return Literal("true", JsonKind.True);
            case 'f': return Literal("false", JsonKind.False);
            case 'n': return Literal("null", JsonKind.Null);
            default: return Number();
        }
    }

    private JsonNode? Object(int depth)
    {
        var node = new JsonNode(JsonKind.Object, _position);
        _position++;
        SkipWhitespace();
        if (Take('}'))
        {
            node.Length = _position - node.Start;
            return node;
        }
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
            {
                return null;
            }
            var nameStart = _position;
            var name = String();
            if (name is null || !names.Add(name))
            {
                return null;
            }
            var nameLength = _position - nameStart;
            SkipWhitespace();
            if (!Take(':'))
            {
                return null;
            }
            var value = Value(depth + 1);
            if (value is null)
            {
                return null;
            }
            node.Members.Add(new JsonMember(name, nameStart, nameLength, value));
            SkipWhitespace();
            if (Take('}'))
            {
                node.Length = _position - node.Start;
                return node;
            }
            if (!Take(','))
            {
                return null;
            }
        }
    }

    private JsonNode? Array(int depth)
    {
        var node = new JsonNode(JsonKind.Array, _position);
        _position++;
        SkipWhitespace();
        if (Take(']'))
        {
            node.Length = _position - node.Start;
            return node;
        }
        while (true)
        {
            var item = Value(depth + 1);
            if (item is null)
            {
                return null;
            }
            node.Items.Add(item);
            SkipWhitespace();
            if (Take(']'))
            {
                node.Length = _position - node.Start;
                return node;
            }
            if (!Take(','))
            {
                return null;
            }
        }
    }

    /// <summary>Reads a quoted string at the current position; null when it is not a valid JSON string.</summary>
    private string? String()
    {
        _position++;
        var builder = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }
            if (c < ' ')
            {
                return null;
            }
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            if (_position >= _text.Length)
            {
                return null;
            }
            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        || !IsHex(_text, _position, 4))
                    {
                        return null;
                    }
                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    return null;
            }
        }
        return null;
    }

    // int.TryParse with AllowHexSpecifier takes no sign, but says nothing about the count of digits: check each.
    private static bool IsHex(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            {
                return false;
            }
        }
        return true;
    }

    private JsonNode? Number()
    {
        var start = _position;
        Take('-');
        if (Take('0'))
        {
            // A leading zero stands alone: 01 is not JSON.
        }
        else if (!Digits())
        {
            return null;
        }
        if (Take('.') && !Digits())
        {
            return null;
        }
        if (Take('e') || Take('E'))
        {
            if (!Take('+'))
            {
                Take('-');
            }
            if (!Digits())
            {
                return null;
            }
        }
        return new JsonNode(JsonKind.Number, start) { Text = _text.Substring(start, _position - start), Length = _position - start };
    }

    private bool Digits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }
        return _position > start;
    }

    private JsonNode? Literal(string word, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            return null;
        }
        var node = new JsonNode(kind, _position) { Length = word.Length };
        _position += word.Length;
        return node;
    }

    private bool Take(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }
        return false;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }
}
