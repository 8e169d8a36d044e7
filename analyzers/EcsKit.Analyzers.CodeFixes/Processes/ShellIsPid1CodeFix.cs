using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
/// ECS0022, two fixes: start the long-running command of the <c>sh -c</c> script with <c>exec</c>, so that it
/// replaces the shell as PID 1 and receives SIGTERM; or add <c>.InitProcessEnabled()</c>, so that an init process
/// is PID 1 and forwards signals.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ShellIsPid1CodeFix)), Shared]
public sealed class ShellIsPid1CodeFix : EcsCodeFix
{
    /// <summary>The equivalence key of the exec fix, for Fix All.</summary>
    public const string ExecKey = "EcsKit.ExecLongRunningCommand";

    /// <summary>The equivalence key of the init process fix, for Fix All.</summary>
    public const string InitProcessKey = "EcsKit.InitProcessEnabled";

    private const string ContainerBuilder = "EcsKit.ContainerBuilder";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ShellIsPid1);

    /// <inheritdoc/>
    private protected override void Register(CodeFixContext context, SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
    {
        var call = BuilderSyntax.CallAt(root, diagnostic.Location.SourceSpan);
        if (call is null
            || !(BuilderSyntax.Calls(model, call, ContainerBuilder, "Command", context.CancellationToken)
                || BuilderSyntax.Calls(model, call, ContainerBuilder, "EntryPoint", context.CancellationToken)))
        {
            return;
        }
        if (Exec(diagnostic, model, call, context.CancellationToken) is { } exec)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Start '" + exec.Program + "' with exec",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(exec.Literal, exec.Fixed))),
                    ExecKey),
                diagnostic);
        }
        if (InitProcess(model, call, context.CancellationToken) is { } init)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Enable the init process (initProcessEnabled)",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(init.End, init.Fixed))),
                    InitProcessKey),
                diagnostic);
        }
    }

    /// <summary>The script literal with <c>exec</c> in front of the command the shell waits for.</summary>
    private static (string Program, LiteralExpressionSyntax Literal, LiteralExpressionSyntax Fixed)? Exec(Diagnostic diagnostic, SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken)
    {
        if (ShellCommandSyntax.Analyze(diagnostic, model, call, cancellationToken) is not { } found)
        {
            return null;
        }
        var (_, analysis) = found;
        var script = analysis.Script!;
        var process = analysis.Paths().Select(path => ProcessFindings.ShellInFront(analysis, path)).FirstOrDefault(p => p is not null);
        var literal = ShellCommandSyntax.ScriptLiteral(model, call, script.Source, cancellationToken);
        // The last top-level command with that text: the one the shell runs last and waits for.
        var command = process is null ? null : ShellCommandSyntax.TopLevelCommands(script).LastOrDefault(c => script.TextOf(c) == process.Text);
        if (process is null || literal is null || command is null || command.Words.Count == 0)
        {
            return null;
        }
        // After any assignments (FOO=1 exec node app.js): exec FOO=1 would run a program named FOO=1.
        var at = command.Words[0].Start;
        var fixedScript = script.Source.Substring(0, at) + "exec " + script.Source.Substring(at);
        return (process.Program.Name, literal, BuilderSyntax.StringLiteral(fixedScript, literal).WithTriviaFrom(literal));
    }

    /// <summary>The container builder chain with <c>.InitProcessEnabled()</c> appended, on a line of its own when the chain is written one call per line.</summary>
    private static (InvocationExpressionSyntax End, InvocationExpressionSyntax Fixed)? InitProcess(SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken)
    {
        var end = BuilderSyntax.ChainEnd(call);
        if (model.GetTypeInfo(end, cancellationToken).Type?.ToDisplayString() != ContainerBuilder
            || end.Expression is not MemberAccessExpressionSyntax access)
        {
            return null;
        }
        var dot = SyntaxFactory.Token(SyntaxKind.DotToken);
        var receiver = end.WithoutTrailingTrivia();
        var lineBreak = access.OperatorToken.GetPreviousToken().TrailingTrivia.FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (lineBreak.IsKind(SyntaxKind.EndOfLineTrivia))
        {
            receiver = receiver.WithTrailingTrivia(lineBreak);
            dot = dot.WithLeadingTrivia(access.OperatorToken.LeadingTrivia);
        }
        var fixedEnd = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, dot, SyntaxFactory.IdentifierName("InitProcessEnabled")),
                SyntaxFactory.ArgumentList())
            .WithTrailingTrivia(end.GetTrailingTrivia());
        return (end, fixedEnd);
    }
}
