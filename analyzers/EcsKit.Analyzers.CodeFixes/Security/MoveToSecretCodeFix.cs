using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsKit.Analyzers.CodeFixes;

/// <summary>
/// ECS0082: <c>.Environment("DB_PASSWORD", "literal")</c> becomes
/// <c>.Secret("DB_PASSWORD", "arn:aws:secretsmanager:REGION:ACCOUNT:secret:DB_PASSWORD")</c>. The ARN is a
/// placeholder the user fills in (the title says so): the literal value leaves the source, it is not stored anywhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveToSecretCodeFix)), Shared]
public sealed class MoveToSecretCodeFix : EcsCodeFix
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "EcsKit.MoveToSecret";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PlaintextSecret);

    /// <summary>The placeholder ARN of a secret for variable <paramref name="name"/>.</summary>
    public static string PlaceholderArn(string name) => "arn:aws:secretsmanager:REGION:ACCOUNT:secret:" + name;

    /// <inheritdoc/>
    private protected override void Register(CodeFixContext context, SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
    {
        var call = BuilderSyntax.CallAt(root, diagnostic.Location.SourceSpan);
        if (call is null || Rewrite(model, call, context.CancellationToken) is not { } found)
        {
            return;
        }
        context.RegisterCodeFix(
            CodeAction.Create(
                "Move " + found.Name + " into secrets (placeholder ARN)",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(call, found.Secret))),
                EquivalenceKey),
            diagnostic);
    }

    /// <summary>The <c>Secret</c> call that replaces an <c>Environment</c> call with a constant name, or null.</summary>
    private static (string Name, InvocationExpressionSyntax Secret)? Rewrite(SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken)
    {
        if (!BuilderSyntax.Calls(model, call, HostPortRemoval.ContainerBuilder, "Environment", cancellationToken)
            || call.Expression is not MemberAccessExpressionSyntax access
            || BuilderSyntax.Argument(model, call, "name", cancellationToken) is not { } nameArgument
            || BuilderSyntax.Argument(model, call, "value", cancellationToken) is not { } valueArgument
            || model.GetConstantValue(nameArgument.Expression, cancellationToken) is not { HasValue: true, Value: string name })
        {
            return null;
        }
        var value = valueArgument
            .WithExpression(BuilderSyntax.StringLiteral(PlaceholderArn(name)).WithTriviaFrom(valueArgument.Expression));
        if (value.NameColon is { } colon)
        {
            // Secret(name, valueFrom): a named value argument keeps its place under the new parameter's name.
            value = value.WithNameColon(colon.WithName(SyntaxFactory.IdentifierName("valueFrom").WithTriviaFrom(colon.Name)));
        }
        var secret = call
            .WithExpression(access.WithName(SyntaxFactory.IdentifierName("Secret").WithTriviaFrom(access.Name)))
            .WithArgumentList(call.ArgumentList.WithArguments(call.ArgumentList.Arguments.Replace(valueArgument, value)));
        return (name, secret);
    }
}
