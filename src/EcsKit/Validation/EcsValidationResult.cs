namespace EcsKit;

/// <summary>Every finding of one validation, most serious first.</summary>
public sealed class EcsValidationResult
{
    internal EcsValidationResult(string subject, IEnumerable<EcsDiagnostic> diagnostics)
    {
        Subject = subject;
        Diagnostics = diagnostics
            .OrderByDescending(d => d.Severity)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What was validated, such as <c>task definition 'web'</c>.</summary>
    public string Subject { get; }

    /// <summary>Every finding.</summary>
    public IReadOnlyList<EcsDiagnostic> Diagnostics { get; }

    /// <summary>The findings of severity error.</summary>
    public IReadOnlyList<EcsDiagnostic> Errors => Diagnostics.Where(d => d.Severity == EcsSeverity.Error).ToList();

    /// <summary>True when a finding is an error: ECS would reject the definition or its tasks could not run.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == EcsSeverity.Error);

    /// <summary>Throws when there are errors, listing every finding, so that nothing is deployed or started.</summary>
    /// <exception cref="EcsValidationException">At least one finding is an error.</exception>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new EcsValidationException(this);
        }
    }

    /// <summary>Every finding, one per line, after a line naming the subject and the counts.</summary>
    public override string ToString()
    {
        var counts = string.Join(", ", new[] { EcsSeverity.Error, EcsSeverity.Warning, EcsSeverity.Info }
            .Select(s => (Severity: s, Count: Diagnostics.Count(d => d.Severity == s)))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {x.Severity.ToString().ToLowerInvariant()}{(x.Count == 1 ? "" : "s")}"));
        return Diagnostics.Count == 0
            ? $"{Subject}: no findings"
            : $"{Subject}: {counts}{Environment.NewLine}{string.Join(Environment.NewLine, Diagnostics.Select(d => "  " + d))}";
    }
}
