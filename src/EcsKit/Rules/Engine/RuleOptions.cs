using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>How rules run: severity overrides, suppressions, the local Docker profile and site facts.</summary>
internal sealed class RuleOptions
{
    public static RuleOptions Default { get; } = new();

    /// <summary>Severity per rule id; <see cref="RuleSeverity.None"/> turns a rule off. Wins over the default and over what the rule reports.</summary>
    public Dictionary<string, RuleSeverity> Severities { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs the rules of the local Docker target too (ECS0011): every service shares one host.</summary>
    public bool LocalDocker { get; set; }

    /// <summary>
    /// Whether the local target publishes awsvpc container ports on the same host port (ECS0011 then counts them).
    /// Unknown to the analyzers, which assume it; the local target says what it does.
    /// </summary>
    public bool LocalStaticAwsvpcPorts { get; set; } = true;

    /// <summary>Host ports the container instances reserve besides ECS's own (the agent's ECS_RESERVED_PORTS).</summary>
    public List<int> ReservedHostPorts { get; } = new();

    public bool IsEnabled(RuleDescriptor rule)
    {
        if (Severities.TryGetValue(rule.Id, out var severity))
        {
            return severity != RuleSeverity.None;
        }
        return rule.EnabledByDefault || (LocalDocker && rule.Id == RuleIds.LocalHostPortConflict);
    }
}
