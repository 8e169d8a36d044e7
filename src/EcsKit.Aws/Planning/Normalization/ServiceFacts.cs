using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>What service normalisers need to know about the service they work on.</summary>
internal static class ServiceFacts
{
    public static bool IsDaemon(JsonObject root) => JsonText.StringOf(root["schedulingStrategy"]) == "DAEMON";

    public static bool IsReplica(JsonObject root) => !IsDaemon(root);

    /// <summary>A role given by name or by ARN, as the name (with its path): <c>arn:aws:iam::1:role/ecsServiceRole</c> is <c>ecsServiceRole</c>.</summary>
    public static JsonNode? RoleName(JsonNode value)
    {
        var text = JsonText.StringOf(value);
        const string Marker = ":role/";
        var at = text?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        return text is not null && text.StartsWith("arn:", StringComparison.Ordinal) && at > 0 ? JsonValue.Create(text[(at + Marker.Length)..]) : value;
    }
}
