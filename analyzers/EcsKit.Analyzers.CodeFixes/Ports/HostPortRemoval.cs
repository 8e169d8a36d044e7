using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsKit.Analyzers.CodeFixes;

/// <summary>What the two host port fixes share: the <c>Port</c> call of a diagnostic, and the call without its hostPort.</summary>
internal static class HostPortRemoval
{
    public const string ContainerBuilder = "EcsKit.ContainerBuilder";

    /// <summary>The <c>Port</c> call and its written hostPort argument at a diagnostic, or null when there is none to remove.</summary>
    public static (InvocationExpressionSyntax Call, ArgumentSyntax HostPort)? Find(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var call = BuilderSyntax.CallAt(root, diagnostic.Location.SourceSpan);
        if (call is null || !BuilderSyntax.Calls(model, call, ContainerBuilder, "Port", cancellationToken))
        {
            return null;
        }
        var hostPort = BuilderSyntax.Argument(model, call, "hostPort", cancellationToken);
        // The diagnostic must be on the call's name or on this very argument, not on the container port.
        var span = diagnostic.Location.SourceSpan;
        if (hostPort is null || (span != hostPort.Span && !(call.Expression is MemberAccessExpressionSyntax access && access.Name.Span == span)))
        {
            return null;
        }
        return (call, hostPort);
    }

    public static async Task<Document> RemoveAsync(Document document, InvocationExpressionSyntax call, ArgumentSyntax hostPort, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }
        var fixedCall = BuilderSyntax.WithoutArgument(model, call, hostPort, cancellationToken);
        return fixedCall is null ? document : document.WithSyntaxRoot(root.ReplaceNode(call, fixedCall));
    }

    /// <summary>Whether removing is possible without changing what the other arguments mean.</summary>
    public static bool CanRemove(SemanticModel model, InvocationExpressionSyntax call, ArgumentSyntax hostPort, CancellationToken cancellationToken) =>
        BuilderSyntax.WithoutArgument(model, call, hostPort, cancellationToken) is not null;
}
