using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EcsKit.Analyzers.CodeFixes;

/// <summary>
/// What every EcsKit code fix shares: the document's syntax root and semantic model are loaded once, each
/// diagnostic is offered its fix separately, and Fix All batches the local edits.
/// </summary>
public abstract class EcsCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            Register(context, root, model, diagnostic);
        }
    }

    /// <summary>Registers the fix for one diagnostic, when the code around it can be fixed safely.</summary>
    private protected abstract void Register(CodeFixContext context, SyntaxNode root, SemanticModel model, Diagnostic diagnostic);
}
