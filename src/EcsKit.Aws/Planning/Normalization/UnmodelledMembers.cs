using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// Members a newer ECS returns that this version of EcsKit does not model (kept in <see cref="EcsObject.AdditionalMembers"/>):
/// a declaration cannot have meant to leave them out, so where it does not give them they are not a difference.
/// </summary>
internal static class UnmodelledMembers
{
    public const string Rule = "members EcsKit does not model, not declared, left to ECS";

    public static void Drop(EcsObject declared, EcsObject described, JsonObject declaredJson, JsonObject describedJson)
    {
        foreach (var name in described.AdditionalMembers?.Keys ?? Enumerable.Empty<string>())
        {
            if (declared.AdditionalMembers?.ContainsKey(name) != true && !declaredJson.ContainsKey(name))
            {
                describedJson.Remove(name);
            }
        }
    }
}
