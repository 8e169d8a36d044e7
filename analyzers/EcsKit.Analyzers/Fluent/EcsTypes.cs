using Microsoft.CodeAnalysis;

namespace EcsKit.Analyzers;

/// <summary>Recognises EcsKit's types by name without formatting symbols into strings (this runs on every invocation of a program).</summary>
internal static class EcsTypes
{
    /// <summary>True when <paramref name="type"/> is <paramref name="fullName"/> (such as <c>EcsKit.TaskDefinitionBuilder</c>), a type of the global EcsKit namespace.</summary>
    public static bool Is(ITypeSymbol? type, string fullName) =>
        type is { ContainingNamespace: { Name: "EcsKit", ContainingNamespace.IsGlobalNamespace: true } }
        && fullName.Length == "EcsKit.".Length + type.Name.Length
        && string.CompareOrdinal(fullName, "EcsKit.".Length, type.Name, 0, type.Name.Length) == 0
        && fullName.StartsWith("EcsKit.", System.StringComparison.Ordinal);
}
