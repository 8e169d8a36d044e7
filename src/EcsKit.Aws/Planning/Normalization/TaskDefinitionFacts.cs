using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>What task definition normalisers need to know about the definition they work on.</summary>
internal static class TaskDefinitionFacts
{
    /// <summary>The network mode, with ECS's default (bridge) when none is given.</summary>
    public static string NetworkMode(JsonObject root) => JsonText.StringOf(root["networkMode"]) ?? "bridge";

    /// <summary>Whether the definition is validated for Fargate.</summary>
    public static bool IsFargate(JsonObject root) =>
        root["requiresCompatibilities"] is JsonArray list && list.Any(c => JsonText.StringOf(c) == "FARGATE");
}
