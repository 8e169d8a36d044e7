using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;

namespace EcsKit.Analyzers;

/// <summary>One Roslyn descriptor per rule of the catalogue: same id, title, category, severity and help page.</summary>
internal static class EcsDescriptors
{
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = RuleCatalog.All.Select(Create).ToImmutableArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor Get(string id) => ById[id];

    public static DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    // The message is the rule's own sentence, so the IDE says exactly what the runtime validator says.
    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        "EcsKit." + rule.Category,
        ToRoslyn(rule.DefaultSeverity),
        rule.EnabledByDefault,
        description: null,
        helpLinkUri: rule.HelpUri);
}
