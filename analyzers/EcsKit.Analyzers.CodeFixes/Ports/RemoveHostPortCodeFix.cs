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
public sealed class RemoveHostPortCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "EcsKit.RemoveHostPort";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.AwsvpcHostPortMismatch, RuleIds.HostModeHostPortMismatch);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            if (HostPortRemoval.Find(root, model, diagnostic, context.CancellationToken) is not { } found
                || !HostPortRemoval.CanRemove(model, found.Call, found.HostPort, context.CancellationToken))
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove hostPort (the host port is the container port)",
                    cancellationToken => HostPortRemoval.RemoveAsync(context.Document, found.Call, found.HostPort, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
