using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcsKit.Analyzers.CodeFixes;

/// <summary>Finding and rewriting the EcsKit builder calls a diagnostic points at.</summary>
internal static class BuilderSyntax
{
    /// <summary>
    /// The builder call a diagnostic is reported on: the analyzer reports at the method name (<c>Port</c> in
    /// <c>.Port(80)</c>) or at one argument of the call.
    /// </summary>
    public static InvocationExpressionSyntax? CallAt(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    return invocation;
                case SimpleNameSyntax { Parent: MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } access } name
                    when access.Name == name:
                    return invocation;
                case StatementSyntax or LambdaExpressionSyntax:
                    return null;
            }
        }
        return null;
    }

    /// <summary>The argument at a diagnostic span, when the diagnostic is reported on one.</summary>
    public static ArgumentSyntax? ArgumentAt(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<ArgumentSyntax>().FirstOrDefault(a => a.Span == span);

    /// <summary>Whether <paramref name="invocation"/> calls <paramref name="method"/> of the EcsKit builder <paramref name="type"/>.</summary>
    public static bool Calls(SemanticModel model, InvocationExpressionSyntax invocation, string type, string method, CancellationToken cancellationToken) =>
        model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation
        && operation.TargetMethod.Name == method
        && operation.TargetMethod.ContainingType?.ToDisplayString() == type;

    /// <summary>The argument written for a parameter, or null when the caller left it out.</summary>
    public static ArgumentSyntax? Argument(SemanticModel model, InvocationExpressionSyntax invocation, string parameter, CancellationToken cancellationToken) =>
        invocation.ArgumentList.Arguments.FirstOrDefault(a => ParameterOf(model, a, cancellationToken) == parameter);

    public static string? ParameterOf(SemanticModel model, ArgumentSyntax argument, CancellationToken cancellationToken) =>
        (model.GetOperation(argument, cancellationToken) as IArgumentOperation)?.Parameter?.Name;

    /// <summary>
    /// The call without one argument. Positional arguments after it get their parameter's name, so that they keep
    /// binding to the same parameters (<c>.Port(80, 8080, TransportProtocol.Udp)</c> becomes
    /// <c>.Port(80, protocol: TransportProtocol.Udp)</c>); named ones stay as they are.
    /// </summary>
    public static InvocationExpressionSyntax? WithoutArgument(SemanticModel model, InvocationExpressionSyntax invocation, ArgumentSyntax argument, CancellationToken cancellationToken)
    {
        var arguments = invocation.ArgumentList.Arguments;
        var index = arguments.IndexOf(argument);
        if (index < 0)
        {
            return null;
        }
        for (var i = index + 1; i < arguments.Count; i++)
        {
            var following = arguments[i];
            if (following.NameColon is not null)
            {
                continue;
            }
            var name = ParameterOf(model, following, cancellationToken);
            if (name is null || following.RefKindKeyword.IsKind(SyntaxKind.ParamsKeyword))
            {
                return null;
            }
            var named = following.WithoutLeadingTrivia()
                .WithNameColon(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(name)).WithTrailingTrivia(SyntaxFactory.Space))
                .WithLeadingTrivia(following.GetLeadingTrivia());
            arguments = arguments.Replace(following, named);
        }
        return invocation.WithArgumentList(invocation.ArgumentList.WithArguments(arguments.RemoveAt(index)));
    }

    /// <summary>A string literal with <paramref name="value"/>, verbatim when the literal it replaces was.</summary>
    public static LiteralExpressionSyntax StringLiteral(string value, LiteralExpressionSyntax? replaced = null)
    {
        if (replaced is not null && replaced.Token.Text.StartsWith("@", System.StringComparison.Ordinal) && value.IndexOf('\n') < 0)
        {
            var text = "@\"" + value.Replace("\"", "\"\"") + "\"";
            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text, value));
        }
        return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
    }

    /// <summary>The outermost call of the fluent chain <paramref name="call"/> is part of (<c>c.A().B().C()</c> for B).</summary>
    public static InvocationExpressionSyntax ChainEnd(InvocationExpressionSyntax call)
    {
        var end = call;
        while (end.Parent is MemberAccessExpressionSyntax access && access.Expression == end && access.Parent is InvocationExpressionSyntax outer)
        {
            end = outer;
        }
        return end;
    }
}
