using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcsKit.Analyzers.CodeFixes;

/// <summary>
/// ECS0020: a container whose <c>sh -c</c> script starts several long-running processes becomes one container per
/// process, all with the same image. The first process stays in the original container with its other settings
/// (ports, environment, ...) and with the setup commands written before it; each further process gets a container
/// <c>&lt;name&gt;-&lt;program&gt;</c> that runs it in exec form. Offered only when every part is plain: the container
/// and task written as fluent chains with constant arguments, each process a simple command at the top level of the
/// script, nothing between or after the processes but <c>wait</c> or a keep-alive.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SplitProcessesCodeFix)), Shared]
public sealed class SplitProcessesCodeFix : EcsCodeFix
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "EcsKit.SplitProcesses";

    private const string ContainerBuilder = "EcsKit.ContainerBuilder";
    private const string TaskDefinitionBuilder = "EcsKit.TaskDefinitionBuilder";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SeveralLongRunningProcesses);

    /// <inheritdoc/>
    private protected override void Register(CodeFixContext context, SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
    {
        var call = BuilderSyntax.CallAt(root, diagnostic.Location.SourceSpan);
        if (call is null || Split(diagnostic, model, call, context.CancellationToken) is not { } split)
        {
            return;
        }
        context.RegisterCodeFix(
            CodeAction.Create(
                "Run each process in its own container (" + string.Join(", ", split.Names) + ")",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(split.Container, split.Fixed))),
                EquivalenceKey),
            diagnostic);
    }

    private sealed class Result
    {
        public Result(InvocationExpressionSyntax container, ExpressionSyntax @fixed, IReadOnlyList<string> names)
        {
            Container = container;
            Fixed = @fixed;
            Names = names;
        }

        public InvocationExpressionSyntax Container { get; }

        public ExpressionSyntax Fixed { get; }

        public IReadOnlyList<string> Names { get; }
    }

    private static Result? Split(Diagnostic diagnostic, SemanticModel model, InvocationExpressionSyntax command, CancellationToken cancellationToken)
    {
        if (!BuilderSyntax.Calls(model, command, ContainerBuilder, "Command", cancellationToken)
            || PlainContainer(model, command, cancellationToken) is not { } plain
            || ShellCommandSyntax.Analyze(diagnostic, model, command, cancellationToken) is not { } found)
        {
            return null;
        }
        var (container, analysis) = found;
        var script = analysis.Script!;
        if (analysis.InitWrapped || container.EntryPointGiven.Is(true) || container.EntryPoint.Count > 0
            || !container.Name.IsKnown || !container.Image.IsKnown
            || ShellCommandSyntax.ScriptLiteral(model, command, script.Source, cancellationToken) is not { } literal)
        {
            return null;
        }
        var processes = analysis.LongRunningCommands;
        var commands = Locate(analysis, processes);
        if (processes.Count < 2 || commands is null)
        {
            return null;
        }

        // The first process keeps the container, with the setup written before it.
        var first = commands[0];
        var prefix = script.Source.Substring(0, first.Start);
        var trimmed = prefix.TrimEnd();
        string[]? firstArguments;
        if (trimmed.Length == 0)
        {
            firstArguments = processes[0].Argv.Select(a => a!).ToArray();
        }
        else if (trimmed.EndsWith("&&", System.StringComparison.Ordinal) || trimmed.EndsWith(";", System.StringComparison.Ordinal) || prefix.Substring(trimmed.Length).IndexOf('\n') >= 0)
        {
            var text = script.TextOf(first);
            firstArguments = null;
            var fixedScript = prefix + (first.Words[0].IsPlain("exec") ? text : "exec " + text);
            command = command.ReplaceNode(literal, BuilderSyntax.StringLiteral(fixedScript, literal).WithTriviaFrom(literal));
        }
        else
        {
            return null;
        }
        if (firstArguments is not null)
        {
            command = command.WithArgumentList(Arguments(firstArguments).WithTriviaFrom(command.ArgumentList));
        }

        var names = new HashSet<string>(plain.Task.Containers.Select(c => c.Name.Or("")), System.StringComparer.Ordinal);
        var added = new List<string>();
        var newContainer = plain.Container.ReplaceNode(plain.Command, command);
        ExpressionSyntax chain = newContainer.WithoutTrailingTrivia();
        var access = (MemberAccessExpressionSyntax)plain.Container.Expression;
        var lineBreak = access.OperatorToken.GetPreviousToken().TrailingTrivia.FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var ownLine = lineBreak.IsKind(SyntaxKind.EndOfLineTrivia);
        foreach (var process in processes.Skip(1))
        {
            var name = UniqueName(container.Name.Value + "-" + Sanitize(ProgramClassifier.Basename(process.Argv[0]!)), names);
            added.Add(name);
            var dot = SyntaxFactory.Token(SyntaxKind.DotToken);
            if (ownLine)
            {
                chain = chain.WithTrailingTrivia(lineBreak);
                dot = dot.WithLeadingTrivia(access.OperatorToken.LeadingTrivia);
            }
            var lambda = SyntaxFactory.ParseExpression(
                plain.Parameter + " => " + plain.Parameter + ".Image(" + Quote(container.Image.Value) + ").Command("
                + string.Join(", ", process.Argv.Select(a => Quote(a!))) + ")");
            chain = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, chain, dot, SyntaxFactory.IdentifierName("Container")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(BuilderSyntax.StringLiteral(name)),
                    SyntaxFactory.Argument(lambda).WithLeadingTrivia(SyntaxFactory.Space),
                })));
        }
        return new Result(plain.Container, chain.WithTrailingTrivia(plain.Container.GetTrailingTrivia()), added);
    }

    /// <summary>
    /// The top-level simple command of each process, in order, or null when the script is not plain enough to split:
    /// a process in a branch, a loop, a pipeline or a subshell, one that detaches as a daemon (it would stop at once
    /// as a container's only process), one written with wrappers, assignments or redirections (its argv would lose
    /// them), or anything but wait or a keep-alive after the first process.
    /// </summary>
    private static List<ShellSimpleCommand>? Locate(CommandAnalysis analysis, IReadOnlyList<ProcessCommand> processes)
    {
        var script = analysis.Script!;
        var located = new List<ShellSimpleCommand>();
        var from = 0;
        foreach (var process in processes)
        {
            if (process.Nesting != 0 || process.Choices.Length != 0 || process.InLoop || process.InCondition || process.InPipeline
                || process.Program.Daemonizes || process.Program.Kind == ProgramKind.Supervisor
                || process.Argv.Count == 0 || process.Argv.Any(a => a is null))
            {
                return null;
            }
            var command = ShellCommandSyntax.TopLevel(script, process, from);
            if (command is null || command.Assignments.Count != 0 || command.Redirects.Count != 0)
            {
                return null;
            }
            var words = command.Words.Select(w => w.Value).ToList();
            if (command.Words[0].IsPlain("exec"))
            {
                words.RemoveAt(0);
            }
            if (!words.SequenceEqual(process.Argv, System.StringComparer.Ordinal))
            {
                return null;
            }
            located.Add(command);
            from = command.End;
        }
        var firstIndex = IndexOf(analysis, processes[0]);
        for (var i = firstIndex + 1; i < analysis.Commands.Count; i++)
        {
            var other = analysis.Commands[i];
            if (!processes.Contains(other) && other.Program.Kind is not (ProgramKind.Wait or ProgramKind.KeepAlive))
            {
                return null;
            }
        }
        return located;
    }

    private static int IndexOf(CommandAnalysis analysis, ProcessCommand command)
    {
        for (var i = 0; i < analysis.Commands.Count; i++)
        {
            if (ReferenceEquals(analysis.Commands[i], command))
            {
                return i;
            }
        }
        return -1;
    }

    private sealed class PlainParts
    {
        public PlainParts(InvocationExpressionSyntax container, InvocationExpressionSyntax command, string parameter, TaskFacts task)
        {
            Container = container;
            Command = command;
            Parameter = parameter;
            Task = task;
        }

        public InvocationExpressionSyntax Container { get; }

        public InvocationExpressionSyntax Command { get; }

        public string Parameter { get; }

        public TaskFacts Task { get; }
    }

    /// <summary>
    /// The <c>.Container(name, c => c....)</c> call around <paramref name="command"/> when it is plain: a link of the
    /// task's fluent chain (the body of the <c>TaskDefinition</c> lambda), with a lambda whose body is the container's
    /// chain and whose calls all have constant arguments.
    /// </summary>
    private static PlainParts? PlainContainer(SemanticModel model, InvocationExpressionSyntax command, CancellationToken cancellationToken)
    {
        var containerChain = BuilderSyntax.ChainEnd(command);
        if (containerChain.Parent is not SimpleLambdaExpressionSyntax { ExpressionBody: { } body } lambda || body != containerChain
            || lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax container } }
            || !BuilderSyntax.Calls(model, container, TaskDefinitionBuilder, "Container", cancellationToken)
            || container.Expression is not MemberAccessExpressionSyntax
            || !AllConstant(model, containerChain, lambda, cancellationToken)
            || container.ArgumentList.Arguments.Count != 2
            || model.GetConstantValue(container.ArgumentList.Arguments[0].Expression, cancellationToken) is not { HasValue: true, Value: string })
        {
            return null;
        }
        var taskChain = BuilderSyntax.ChainEnd(container);
        if (taskChain.Parent is not SimpleLambdaExpressionSyntax { ExpressionBody: { } taskBody } || taskBody != taskChain)
        {
            return null;
        }
        var task = TaskOf(model, container, cancellationToken);
        return task is null ? null : new PlainParts(container, command, lambda.Parameter.Identifier.ValueText, task);
    }

    private static TaskFacts? TaskOf(SemanticModel model, InvocationExpressionSyntax container, CancellationToken cancellationToken)
    {
        IOperation? operation = model.GetOperation(container, cancellationToken);
        while (operation?.Parent is not null)
        {
            operation = operation.Parent;
        }
        var reader = operation is null ? null : AppReader.Read(new[] { operation });
        var declaration = container.Ancestors().OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(i => BuilderSyntax.Calls(model, i, AppReader.AppType, "TaskDefinition", cancellationToken));
        if (reader is null || declaration is null)
        {
            return null;
        }
        var family = model.GetConstantValue(declaration.ArgumentList.Arguments[0].Expression, cancellationToken);
        return family is { HasValue: true, Value: string name }
            ? reader.Facts.TaskDefinitions.FirstOrDefault(t => t.Family.Is(name))
            : null;
    }

    /// <summary>Every call of the container chain is on the lambda's builder and has constant arguments only.</summary>
    private static bool AllConstant(SemanticModel model, InvocationExpressionSyntax chain, SimpleLambdaExpressionSyntax lambda, CancellationToken cancellationToken)
    {
        ExpressionSyntax current = chain;
        while (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
        {
            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                if (!model.GetConstantValue(argument.Expression, cancellationToken).HasValue
                    && model.GetOperation(argument.Expression, cancellationToken) is not IDefaultValueOperation)
                {
                    return false;
                }
            }
            current = access.Expression;
        }
        return current is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == lambda.Parameter.Identifier.ValueText;
    }

    private static ArgumentListSyntax Arguments(IEnumerable<string> values) =>
        SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(
            values.Select((v, i) => SyntaxFactory.Argument(BuilderSyntax.StringLiteral(v)).WithLeadingTrivia(i == 0 ? default : SyntaxFactory.TriviaList(SyntaxFactory.Space)))));

    private static string Quote(string value) => BuilderSyntax.StringLiteral(value).ToFullString();

    /// <summary>A container name: letters, digits, hyphens and underscores (ECS's rule), others become hyphens.</summary>
    private static string Sanitize(string program)
    {
        var name = new StringBuilder(program.Length);
        foreach (var ch in program)
        {
            name.Append(ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' ? ch : '-');
        }
        return name.ToString().Trim('-');
    }

    private static string UniqueName(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = name + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return candidate;
    }
}
