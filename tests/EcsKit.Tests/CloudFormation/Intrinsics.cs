using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

/// <summary>Recognizes CloudFormation intrinsic functions, which stand for a value of any type until deployment.</summary>
internal static class Intrinsics
{
    /// <summary>
    /// True for <c>{"Ref": ...}</c>, <c>{"Condition": ...}</c> and any single-key <c>{"Fn::...": ...}</c> object: the
    /// registry schema cannot type their result, so the schema check accepts them wherever a value goes.
    /// </summary>
    public static bool IsIntrinsic(JsonNode? node) =>
        node is JsonObject { Count: 1 } o && o.Single().Key is var key
        && (key is "Ref" or "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal));

    /// <summary>True where the subtree holds no intrinsic function, so its value is known before deployment.</summary>
    public static bool IsLiteral(JsonNode? node) => node switch
    {
        _ when IsIntrinsic(node) => false,
        JsonObject o => o.All(p => IsLiteral(p.Value)),
        JsonArray a => a.All(IsLiteral),
        _ => true,
    };

    /// <summary>
    /// A copy of the subtree without the object members and array elements that are intrinsic functions. No corpus
    /// task definition is literal as a whole (each refers to roles, images or log groups of its stack), so the
    /// round trip runs on this part of them instead.
    /// </summary>
    public static JsonNode? LiteralPart(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => !IsIntrinsic(p.Value)).Select(p => KeyValuePair.Create(p.Key, LiteralPart(p.Value)))),
        JsonArray a => new JsonArray(a.Where(e => !IsIntrinsic(e)).Select(LiteralPart).ToArray()),
        _ => node?.DeepClone(),
    };
}
