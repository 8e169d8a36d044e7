using System.Collections.Generic;

namespace EcsKit.Analyzers.Json;

/// <summary>The kind of a JSON value.</summary>
internal enum JsonKind : byte
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>One JSON value with where it stands in the text.</summary>
internal sealed class JsonNode
{
    public JsonNode(JsonKind kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public JsonKind Kind { get; }

    /// <summary>Offset of the value's first character.</summary>
    public int Start { get; }

    /// <summary>Length of the value's text, brackets and quotes included.</summary>
    public int Length { get; set; }

    /// <summary>The decoded text of a string, or the literal text of a number.</summary>
    public string Text { get; set; } = "";

    /// <summary>The members of an object in the order written (names are unique: the reader refuses duplicates).</summary>
    public List<JsonMember> Members { get; } = new();

    /// <summary>The items of an array.</summary>
    public List<JsonNode> Items { get; } = new();

    /// <summary>The member called <paramref name="name"/> of an object, or null.</summary>
    public JsonMember? Member(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }
        return null;
    }

    /// <summary>The value of member <paramref name="name"/> when this is an object that has it, else null.</summary>
    public JsonNode? this[string name] => Kind == JsonKind.Object ? Member(name)?.Value : null;
}

/// <summary>A member of a JSON object: its name (with where the quoted name stands) and its value.</summary>
internal sealed class JsonMember
{
    public JsonMember(string name, int nameStart, int nameLength, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameLength = nameLength;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameLength { get; }

    public JsonNode Value { get; }
}
