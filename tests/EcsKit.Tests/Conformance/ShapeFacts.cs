namespace EcsKit.Tests.Conformance;

/// <summary>One member of a structure shape: its name and the shape it targets.</summary>
internal sealed record MemberFacts(string Name, string Shape);

/// <summary>
/// The facts the ECS API model states about one shape: its type, its members in model order, which of them are
/// required, its enumeration values, and the shapes of list members and map keys and values. No documentation.
/// </summary>
internal sealed record ShapeFacts(
    string Name,
    string Type,
    IReadOnlyList<MemberFacts> Members,
    IReadOnlyList<string> Required,
    IReadOnlyList<string> Enum,
    string? Member,
    string? Key,
    string? Value,
    bool Document)
{
    public bool IsStructure => Type == "structure";

    public bool IsEnum => Enum.Count > 0;

    /// <summary>The shape a member of this structure targets, or null when the structure has no such member.</summary>
    public string? TargetOf(string member) => Members.FirstOrDefault(m => m.Name == member)?.Shape;

    public override string ToString() => Type switch
    {
        "structure" when Document => $"{Name} (document)",
        "string" when IsEnum => $"{Name} (enum of {string.Join(", ", Enum)})",
        "list" => $"{Name} (list of {Member})",
        "map" => $"{Name} (map of {Key} to {Value})",
        _ => $"{Name} ({Type})",
    };
}
