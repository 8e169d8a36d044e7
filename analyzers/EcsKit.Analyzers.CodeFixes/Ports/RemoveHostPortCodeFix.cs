using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EcsKit.Analyzers.CodeFixes;

/// <summary>
/// ECS0001, ECS0002: in awsvpc and host mode the host port is always the container port, so a hostPort that differs
/// is removed (<c>.Port(80, hostPort: 8080)</c> becomes <c>.Port(80)</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveHostPortCodeFix)), Shared]
public sealed class RemoveHostPortCodeFix : EcsCodeFix
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "EcsKit.RemoveHostPort";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.AwsvpcHostPortMismatch, RuleIds.HostModeHostPortMismatch);

    /// <inheritdoc/>
    private protected override void Register(CodeFixContext context, SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
    {
        if (HostPortRemoval.Find(root, model, diagnostic, context.CancellationToken) is not { } found
            || !HostPortRemoval.CanRemove(model, found.Call, found.HostPort, context.CancellationToken))
        {
            return;
        }
        context.RegisterCodeFix(
            CodeAction.Create(
                "Remove hostPort (the host port is the container port)",
                cancellationToken => HostPortRemoval.RemoveAsync(context.Document, found.Call, found.HostPort, cancellationToken),
                EquivalenceKey),
            diagnostic);
    }
}
