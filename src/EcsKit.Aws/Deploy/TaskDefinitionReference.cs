namespace EcsKit.Aws;

/// <summary>Reads a service's <c>taskDefinition</c>: family, family:revision or ARN.</summary>
internal static class TaskDefinitionReference
{
    /// <summary>The family of a reference.</summary>
    public static string Family(string reference) => reference[(reference.LastIndexOf('/') + 1)..].Split(':')[0];

    /// <summary>Whether the reference names a family only, which ECS resolves to its latest ACTIVE revision.</summary>
    public static bool IsFamilyOnly(string reference) => !reference.Contains(':', StringComparison.Ordinal) && !reference.Contains('/', StringComparison.Ordinal);
}
