using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>What a rule reports into, and the options it runs under.</summary>
internal sealed class RuleContext
{
    private readonly List<RuleDiagnostic> _diagnostics = new();
    private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);

    public RuleContext(RuleOptions? options = null) => Options = options ?? RuleOptions.Default;

    public RuleOptions Options { get; }

    public IReadOnlyList<RuleDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Reports a finding at its rule's default severity.</summary>
    public void Report(string id, string path, string message, params string[] additionalPaths) =>
        Report(id, null, path, message, additionalPaths);

    /// <summary>
    /// Reports a finding at <paramref name="severity"/> (for rules whose severity depends on how certain they are,
    /// such as ECS0010); a severity the user set wins.
    /// </summary>
    public void Report(string id, RuleSeverity? severity, string path, string message, params string[] additionalPaths)
    {
        var rule = RuleCatalog.Get(id);
        if (!Options.IsEnabled(rule))
        {
            return;
        }
        var effective = Options.Severities.TryGetValue(id, out var configured) ? configured : severity ?? rule.DefaultSeverity;
        // The same finding reached twice (for example through two services of one task definition) is reported once.
        if (_seen.Add(id + "\n" + path + "\n" + message))
        {
            _diagnostics.Add(new RuleDiagnostic(id, effective, message, path, additionalPaths));
        }
    }
}
