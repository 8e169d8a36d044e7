using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>One finding of a rule: where (a JSON path; the analyzers map it onto source), what, and how serious.</summary>
internal sealed class RuleDiagnostic
{
    public RuleDiagnostic(string id, RuleSeverity severity, string message, string path, IReadOnlyList<string> additionalPaths)
    {
        Id = id;
        Severity = severity;
        Message = message;
        Path = path;
        AdditionalPaths = additionalPaths;
    }

    public string Id { get; }

    public RuleSeverity Severity { get; }

    /// <summary>One sentence naming the containers, ports and values involved, and what to do.</summary>
    public string Message { get; }

    /// <summary>The JSON path of the offending value, such as <c>$.containerDefinitions[1].portMappings[0].hostPort</c>.</summary>
    public string Path { get; }

    /// <summary>The other parties, such as the other mapping of a port conflict.</summary>
    public IReadOnlyList<string> AdditionalPaths { get; }

    public override string ToString() => $"{Id} {Severity} {Path}: {Message}";
}
