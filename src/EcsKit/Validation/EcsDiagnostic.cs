namespace EcsKit;

/// <summary>One finding of EcsKit's rules about a definition.</summary>
/// <param name="Id">The rule id, such as <c>ECS0004</c>; stable across versions.</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Message">One sentence naming the containers, ports and values involved, and what to do.</param>
/// <param name="Path">The JSON path of the offending value, such as <c>$.containerDefinitions[1].portMappings[0].hostPort</c>.</param>
/// <param name="AdditionalPaths">The other parties of the finding, such as the other mapping of a port conflict.</param>
public sealed record EcsDiagnostic(string Id, EcsSeverity Severity, string Message, string Path, IReadOnlyList<string> AdditionalPaths)
{
    /// <summary>The rule's documentation page: what triggers it, why it matters on ECS, and how to fix or suppress it.</summary>
    public string HelpUri => Rules.RuleIds.HelpUri(Id);

    /// <summary>The rule's title.</summary>
    public string Title => Rules.RuleCatalog.Get(Id).Title;

    /// <summary>The finding as one line: <c>error ECS0004 $.path: message</c>.</summary>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Id} {Path}: {Message}";
}
