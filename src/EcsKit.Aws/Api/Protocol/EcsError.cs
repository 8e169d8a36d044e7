using System.Text.Json;

namespace EcsKit.Aws;

/// <summary>
/// An ECS error response: <c>{"__type": "ClusterNotFoundException", "message": "..."}</c>. The type may carry a
/// namespace (<c>com.amazonaws.ecs#ClusterNotFoundException</c>) or a trailing URI after a colon, both dropped;
/// some services write <c>Message</c> or <c>code</c> instead, and some put the type in the x-amzn-ErrorType header.
/// </summary>
internal sealed record EcsError(string Code, string Message)
{
    public const string UnknownCode = "UnknownError";

    public static EcsError Parse(ReadOnlySpan<byte> body, string? errorTypeHeader, string? errorMessageHeader, int statusCode)
    {
        string? type = null, code = null, message = null;
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in document.RootElement.EnumerateObject())
                {
                    if (member.Value.ValueKind != JsonValueKind.String)
                    {
                        continue;
                    }
                    switch (member.Name)
                    {
                        case "__type":
                            type = member.Value.GetString();
                            break;
                        case "message" or "Message":
                            message ??= member.Value.GetString();
                            break;
                        case "code" or "Code":
                            code = member.Value.GetString();
                            break;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A proxy or load balancer answered with HTML or plain text; the status code still tells what happened.
        }
        var name = Normalize(type) ?? Normalize(errorTypeHeader) ?? Normalize(code) ?? UnknownCode;
        message ??= string.IsNullOrEmpty(errorMessageHeader) ? null : errorMessageHeader;
        message ??= body.Length > 0 && type is null && code is null
            ? $"HTTP {statusCode}: {Truncate(System.Text.Encoding.UTF8.GetString(body))}"
            : $"HTTP {statusCode}";
        return new EcsError(name, message);
    }

    private static string? Normalize(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }
        var colon = type.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            type = type[..colon];
        }
        var hash = type.LastIndexOf('#');
        return hash >= 0 ? type[(hash + 1)..] : type;
    }

    private static string Truncate(string text) => text.Length <= 200 ? text.Trim() : text[..200].Trim() + "…";
}
