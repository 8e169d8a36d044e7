using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EcsKit.Analyzers.Json;

/// <summary>Where each value of a JSON file stands, by JSON path, as locations in that additional file.</summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, TextSpan> _spans = new(System.StringComparer.Ordinal);
    private readonly string _file;
    private readonly SourceText _text;

    public JsonLocations(string file, SourceText text, JsonNode root)
    {
        _file = file;
        _text = text;
        // The root alone would underline the whole file: its opening brace stands for it.
        _spans[JsonPaths.Root] = new TextSpan(root.Start, 1);
        Add(JsonPaths.Root, root);
    }

    /// <summary>The path of the file, as the locations name it.</summary>
    public string File => _file;

    /// <summary>The location of <paramref name="path"/>, or of the nearest enclosing value the file has.</summary>
    public Location Find(string path)
    {
        for (string? current = path; current is not null; current = JsonPaths.Parent(current))
        {
            if (_spans.TryGetValue(current, out var span))
            {
                return Location.Create(_file, span, _text.Lines.GetLinePositionSpan(span));
            }
        }
        return Location.Create(_file, _spans[JsonPaths.Root], _text.Lines.GetLinePositionSpan(_spans[JsonPaths.Root]));
    }

    private void Add(string path, JsonNode node)
    {
        foreach (var member in node.Members)
        {
            var memberPath = JsonPaths.Property(path, member.Name);
            // A scalar is underlined itself; an object or array by its member name, so that a finding about a
            // container or a list does not underline a screenful.
            _spans[memberPath] = IsScalar(member.Value)
                ? new TextSpan(member.Value.Start, member.Value.Length)
                : new TextSpan(member.NameStart, member.NameLength);
            Add(memberPath, member.Value);
        }
        for (var i = 0; i < node.Items.Count; i++)
        {
            var item = node.Items[i];
            var itemPath = JsonPaths.Index(path, i);
            _spans[itemPath] = new TextSpan(item.Start, item.Length);
            Add(itemPath, item);
        }
    }

    private static bool IsScalar(JsonNode node) => node.Kind is not (JsonKind.Object or JsonKind.Array);
}
