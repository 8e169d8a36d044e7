using System.Text;

namespace EcsKit.Docker.Metadata;

/// <summary>
/// The request line of an HTTP/1.x request, read together with the headers it is followed by. The endpoint only
/// answers GETs without a body, so the line is all it needs; the headers are read so that closing the connection
/// after the answer does not reset it while unread bytes remain.
/// </summary>
internal sealed record HttpRequestHead(string Method, string Path, string Query)
{
    /// <summary>Far more than a GET of a metadata path takes; more is refused rather than buffered.</summary>
    public const int MaxLength = 16 * 1024;

    /// <summary>The head of the next request, or null when the client closed the connection before sending one.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an HTTP/1.x request head, or it is longer than <see cref="MaxLength"/>.</exception>
    public static async Task<HttpRequestHead?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxLength];
        var length = 0;
        int end;
        while ((end = HeadEnd(buffer.AsSpan(0, length))) < 0)
        {
            if (length == buffer.Length)
            {
                throw new InvalidDataException($"request head longer than {MaxLength} bytes");
            }
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return length == 0 ? null : throw new InvalidDataException("connection closed inside the request head");
            }
            length += read;
        }
        var lineEnd = buffer.AsSpan(0, end).IndexOf((byte)'\n');
        return Parse(Encoding.ASCII.GetString(buffer, 0, lineEnd).TrimEnd('\r'));
    }

    internal static HttpRequestHead Parse(string requestLine)
    {
        var parts = requestLine.Split(' ');
        if (parts.Length != 3 || parts[0].Length == 0 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"not an HTTP/1.x request line: '{requestLine}'");
        }
        var target = parts[1];
        // Proxies send the absolute form (http://host:port/path); the path is what routes.
        if (!target.StartsWith('/') && Uri.TryCreate(target, UriKind.Absolute, out var absolute))
        {
            target = absolute.PathAndQuery;
        }
        if (!target.StartsWith('/'))
        {
            throw new InvalidDataException($"not a path: '{parts[1]}'");
        }
        var question = target.IndexOf('?', StringComparison.Ordinal);
        return question < 0
            ? new HttpRequestHead(parts[0], target, "")
            : new HttpRequestHead(parts[0], target[..question], target[(question + 1)..]);
    }

    /// <summary>The index just past the blank line that ends the head (CRLF CRLF, or bare LF LF as lenient servers take), or -1.</summary>
    private static int HeadEnd(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != '\n')
            {
                continue;
            }
            if (i + 1 < bytes.Length && bytes[i + 1] == '\n')
            {
                return i + 2;
            }
            if (i + 2 < bytes.Length && bytes[i + 1] == '\r' && bytes[i + 2] == '\n')
            {
                return i + 3;
            }
        }
        return -1;
    }
}
