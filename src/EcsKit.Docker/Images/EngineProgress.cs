using Docker.DotNet.Models;

namespace EcsKit.Docker.Images;

/// <summary>
/// Receives the JSON messages the engine streams while it pulls or imports an image, as they arrive, and keeps the
/// first error. The engine reports most failures inside the stream after an HTTP 200, and Docker.DotNet passes them
/// on as messages without throwing, so the caller must look at <see cref="Error"/> once the call returned.
/// </summary>
/// <remarks>
/// This reports synchronously on purpose: <see cref="Progress{T}"/> would post each message to the thread pool,
/// so an error could arrive after the call it belongs to returned, and lines could come out of order.
/// </remarks>
internal sealed class EngineProgress(IProgress<string>? lines) : IProgress<JSONMessage>
{
    private readonly Lock _gate = new();
    private string? _error;

    /// <summary>The engine's first error message, if it sent one.</summary>
    public string? Error
    {
        get
        {
            lock (_gate)
            {
                return _error;
            }
        }
    }

    public void Report(JSONMessage value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!string.IsNullOrWhiteSpace(value.Error?.Message))
        {
            lock (_gate)
            {
                _error ??= value.Error.Message.Trim();
            }
            return;
        }
        if (lines is not null && Line(value) is { } line)
        {
            lines.Report(line);
        }
    }

    /// <summary>The message as the docker CLI shows it on one line: "layer: Downloading 1048576/3145728", "Digest: ...".</summary>
    internal static string? Line(JSONMessage message)
    {
        var status = message.Status?.Trim();
        if (string.IsNullOrEmpty(status))
        {
            return null;
        }
        var line = string.IsNullOrEmpty(message.ID) ? status : $"{message.ID}: {status}";
        return message.Progress is { Total: > 0, Current: { } current, Total: { } total } ? $"{line} {current}/{total}" : line;
    }
}
