using System.Text.Json;
using Docker.DotNet;

namespace EcsKit.Docker.Images;

/// <summary>The engine's own words from an error response, without Docker.DotNet's "Docker API responded with status code=..." around them.</summary>
internal static class EngineError
{
    /// <summary>The <c>message</c> of the JSON body ({"message": "..."}), else the whole body, else the status code.</summary>
    public static string MessageOf(DockerApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var body = exception.ResponseBody?.Trim();
        if (string.IsNullOrEmpty(body))
        {
            return exception.StatusCode.ToString();
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object &&
                json.RootElement.TryGetProperty("message", out var message) &&
                message.ValueKind == JsonValueKind.String &&
                !string.IsNullOrWhiteSpace(message.GetString()))
            {
                return message.GetString()!.Trim();
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): the body is the best there is.
        }
        return body;
    }
}
