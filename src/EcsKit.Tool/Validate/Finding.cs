namespace EcsKit.Tool.Validate;

/// <summary>A place in a file: the JSON path and the 1-based line and column of its token (0 when unknown).</summary>
internal sealed record Location(string File, string JsonPath, int Line, int Column);

/// <summary>One reported problem: a rule's finding, or a file that could not be read.</summary>
internal sealed record Finding(string Id, EcsSeverity Severity, string Message, Location Location, IReadOnlyList<Location> Related)
{
    /// <summary>The id of findings about files that cannot be read or parsed.</summary>
    public const string ReadErrorId = "json";

    public bool IsReadError => Id == ReadErrorId;

    public string? HelpUri => IsReadError ? null : Rules.RuleIds.HelpUri(Id);
}

/// <summary>What validation found in one file.</summary>
internal sealed record FileReport(InputFile File, InputKind Kind, string? Name, List<Finding> Findings)
{
    public bool Unreadable => Findings.Any(f => f.IsReadError);
}
