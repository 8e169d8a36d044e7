using System.Text;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>Reads the complete lines added to a growing file since the last read.</summary>
internal sealed class LogTail(string path)
{
    private readonly StringBuilder _partial = new();
    private long _offset;

    public IReadOnlyList<string> ReadNew()
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length <= _offset)
            {
                return [];
            }
            stream.Seek(_offset, SeekOrigin.Begin);
            var bytes = new byte[stream.Length - _offset];
            stream.ReadExactly(bytes);
            _offset += bytes.Length;
            _partial.Append(Encoding.UTF8.GetString(bytes));
        }
        catch (FileNotFoundException)
        {
            return [];
        }
        var text = _partial.ToString();
        var end = text.LastIndexOf('\n');
        if (end < 0)
        {
            return [];
        }
        _partial.Clear().Append(text[(end + 1)..]);
        return text[..end].Split('\n');
    }

    /// <summary>The last lines of the whole file, to show why something failed.</summary>
    public static IReadOnlyList<string> Last(string path, int count)
    {
        try
        {
            return File.ReadAllLines(path).TakeLast(count).ToList();
        }
        catch (IOException)
        {
            return [];
        }
    }
}
