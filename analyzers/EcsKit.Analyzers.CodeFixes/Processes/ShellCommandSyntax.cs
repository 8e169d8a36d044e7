using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsKit.Analyzers.CodeFixes;

/// <summary>What the process fixes share: the container's command analysis, and the script literal in source.</summary>
internal static class ShellCommandSyntax
{
    /// <summary>The analysis of the container a process diagnostic is about, when its command is a readable shell script.</summary>
    public static (ContainerFacts Container, CommandAnalysis Analysis)? Analyze(Diagnostic diagnostic, SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        var facts = DiagnosticFacts.Read(diagnostic, model, node, cancellationToken);
        if (facts?.Container is not { } container)
        {
            return null;
        }
        var analysis = CommandAnalysis.Analyze(container);
        return analysis.Form == CommandForm.Shell && analysis.Script is { IsComplete: true } ? (container, analysis) : null;
    }

    /// <summary>The string literal argument of <paramref name="call"/> that holds <paramref name="script"/>, or null.</summary>
    public static LiteralExpressionSyntax? ScriptLiteral(SemanticModel model, InvocationExpressionSyntax call, string script, CancellationToken cancellationToken) =>
        call.ArgumentList.Arguments
            .Select(a => a.Expression)
            .OfType<LiteralExpressionSyntax>()
            .LastOrDefault(l => l.IsKind(SyntaxKind.StringLiteralExpression)
                && model.GetConstantValue(l, cancellationToken) is { HasValue: true, Value: string value }
                && value == script);

    /// <summary>
    /// The simple command of the script's top level that <paramref name="command"/> was read from, searching from
    /// <paramref name="from"/> on; null when it lies deeper (a subshell, a group, a branch) or is not found.
    /// </summary>
    public static ShellSimpleCommand? TopLevel(ShellScript script, ProcessCommand command, int from = 0)
    {
        var candidates = TopLevelCommands(script).Where(c => c.Start >= from && script.TextOf(c) == command.Text).ToList();
        return candidates.FirstOrDefault();
    }

    /// <summary>The simple commands the script's top level runs directly, one per pipeline of one command.</summary>
    public static IEnumerable<ShellSimpleCommand> TopLevelCommands(ShellScript script) =>
        script.Body.Items
            .SelectMany(item => item.Command.Pipelines)
            .Where(pipeline => pipeline.Commands.Count == 1 && !pipeline.Negated)
            .Select(pipeline => pipeline.Commands[0])
            .OfType<ShellSimpleCommand>();
}
