using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>One rule that brings a definition to the form ECS stores, applied alike to the declared and the described side.</summary>
internal interface IJsonNormalizer
{
    /// <summary>What the rule says, such as <c>containerDefinitions[].essential = true</c>; tests name the rules they cover by it.</summary>
    string Rule { get; }

    void Apply(JsonObject root);
}
