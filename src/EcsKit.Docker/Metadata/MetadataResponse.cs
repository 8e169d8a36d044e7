using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EcsKit.Docker.Metadata;

/// <summary>An HTTP response of the metadata server: a status and a JSON body, always sent with Connection: close.</summary>
internal sealed record MetadataResponse(int Status, ReadOnlyMemory<byte> Body)
{
    // The body is never embedded in HTML, so non-ASCII text stays readable instead of turning into \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static MetadataResponse Json(Action<Utf8JsonWriter> write, int status = 200)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return new MetadataResponse(status, buffer.WrittenMemory);
    }

    /// <summary>An error as the ECS agent sends them: the status with the message as a JSON string.</summary>
    public static MetadataResponse Error(int status, string message) => Json(w => w.WriteStringValue(message), status);

    public async Task WriteAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = string.Create(CultureInfo.InvariantCulture,
            $"HTTP/1.1 {Status} {Reason(Status)}\r\nContent-Type: application/json\r\nContent-Length: {Body.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(Body, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        _ => "Internal Server Error",
    };
}
