using System.Text;
using System.Text.Json;

namespace EcsKit;

/// <summary>Finds where values stand in JSON text, as 1-based line and column, by their JSON path.</summary>
/// <remarks>
/// <see cref="JsonDocument"/> keeps no positions, so locating is a second, cheap pass over the text that runs
/// only when there is something to report.
/// </remarks>
internal static class JsonLocator
{
    public static Dictionary<string, TextPosition> Locate(ReadOnlySpan<byte> utf8, IReadOnlyCollection<string> paths)
    {
        var found = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            return found;
        }
        var wanted = new HashSet<string>(paths, StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames.Peek().Name = reader.GetString();
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        AdvanceIndex(frames);
                        continue;
                }
                var path = CurrentPath(frames);
                if (wanted.Remove(path))
                {
                    found[path] = PositionOf(utf8, (int)reader.TokenStartIndex);
                    if (wanted.Count == 0)
                    {
                        break;
                    }
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push(new Frame(reader.TokenType == JsonTokenType.StartArray));
                }
                else
                {
                    AdvanceIndex(frames);
                }
            }
        }
        catch (JsonException)
        {
            // Text that does not parse is reported by the parser itself; positions found so far still stand.
        }
        return found;
    }

    public static TextPosition PositionOf(ReadOnlySpan<byte> utf8, int byteOffset)
    {
        byteOffset = Math.Clamp(byteOffset, 0, utf8.Length);
        var before = utf8[..byteOffset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new TextPosition(line, column);
    }

    private static void AdvanceIndex(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek().IsArray)
        {
            frames.Peek().Index++;
        }
    }

    private static string CurrentPath(Stack<Frame> frames)
    {
        var path = JsonPathText.Root;
        foreach (var frame in frames.Reverse())
        {
            path = frame.IsArray ? JsonPathText.Index(path, frame.Index) : JsonPathText.Property(path, frame.Name ?? "");
        }
        return path;
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;
        public int Index { get; set; }
        public string? Name { get; set; }
    }
}

/// <summary>A 1-based line and column in a text.</summary>
internal readonly record struct TextPosition(int Line, int Column);
