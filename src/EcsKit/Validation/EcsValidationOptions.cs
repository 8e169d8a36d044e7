using EcsKit.Rules;

namespace EcsKit;

/// <summary>How validation runs: severities per rule, suppressions, and the local Docker profile.</summary>
/// <example><c>new EcsValidationOptions().Suppress("ECS0044").SetSeverity("ECS0008", EcsSeverity.Error)</c></example>
public sealed class EcsValidationOptions
{
    private readonly RuleOptions _rules = new();

    /// <summary>Checks what matters when every service runs on one local Docker host (turns on ECS0011).</summary>
    public bool LocalDocker
    {
        get => _rules.LocalDocker;
        init => _rules.LocalDocker = value;
    }

    /// <summary>Host ports the container instances reserve besides ECS's own (the agent's <c>ECS_RESERVED_PORTS</c>), for ECS0007.</summary>
    public IList<int> ReservedHostPorts => _rules.ReservedHostPorts;

    /// <summary>Reports rule <paramref name="id"/> at <paramref name="severity"/> whatever its default (and turns on rules that are off by default).</summary>
    /// <exception cref="ArgumentException">No rule has that id.</exception>
    public EcsValidationOptions SetSeverity(string id, EcsSeverity severity)
    {
        _rules.Severities[Known(id)] = (RuleSeverity)(int)severity;
        return this;
    }

    /// <summary>Turns rules off.</summary>
    /// <exception cref="ArgumentException">No rule has one of those ids.</exception>
    public EcsValidationOptions Suppress(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids)
        {
            _rules.Severities[Known(id)] = RuleSeverity.None;
        }
        return this;
    }

    internal RuleOptions Rules => _rules;

    private static string Known(string id) =>
        RuleCatalog.Contains(id?.ToUpperInvariant() ?? "")
            ? id!.ToUpperInvariant()
            : throw new ArgumentException($"There is no rule '{id}'; rule ids run from ECS0001 to ECS0086 (see docs/rules).", nameof(id));
}
