using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EcsKit.Analyzers.CodeFixes;

/// <summary>
/// ECS0007, ECS0008, ECS0010 in bridge mode: a static host port becomes a dynamic one, which in bridge mode is a
/// mapping without hostPort. Not offered in host mode, where the host port is the container port and removing
/// hostPort changes nothing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DynamicHostPortCodeFix)), Shared]
public sealed class DynamicHostPortCodeFix : EcsCodeFix
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "EcsKit.DynamicHostPort";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.ReservedHostPort, RuleIds.EphemeralHostPort, RuleIds.CrossServiceHostPortConflict);

    /// <inheritdoc/>
    private protected override void Register(CodeFixContext context, SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
    {
        if (HostPortRemoval.Find(root, model, diagnostic, context.CancellationToken) is not { } found
            || !InBridgeMode(diagnostic, model, found.Call, context.CancellationToken)
            || !HostPortRemoval.CanRemove(model, found.Call, found.HostPort, context.CancellationToken))
        {
            return;
        }
        context.RegisterCodeFix(
            CodeAction.Create(
                "Use a dynamic host port (omit hostPort)",
                cancellationToken => HostPortRemoval.RemoveAsync(context.Document, found.Call, found.HostPort, cancellationToken),
                EquivalenceKey),
            diagnostic);
    }

    // The finding is about this mapping's hostPort, and its task is known to run in bridge mode.
    private static bool InBridgeMode(Diagnostic diagnostic, SemanticModel model, SyntaxNode call, CancellationToken cancellationToken)
    {
        var facts = DiagnosticFacts.Read(diagnostic, model, call, cancellationToken);
        return facts is not null
            && facts.Path.EndsWith(".hostPort", System.StringComparison.Ordinal)
            && facts.Task is { } task
            && HostPorts.Mode(task) == HostPorts.Bridge;
    }
}
