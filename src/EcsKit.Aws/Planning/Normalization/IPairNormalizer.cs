using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>A rule that needs both sides: what ECS decides when the declaration leaves it open.</summary>
internal interface IPairNormalizer
{
    /// <summary>What the rule says; tests name the rules they cover by it.</summary>
    string Rule { get; }

    void Apply(JsonObject desired, JsonObject actual);
}
