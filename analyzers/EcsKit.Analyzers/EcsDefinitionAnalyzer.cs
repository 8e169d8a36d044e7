using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcsKit.Analyzers;

/// <summary>
/// Reports ECS mistakes in EcsKit fluent definitions while they are typed: every rule of the catalogue that
/// compile-time constants can decide, at the call that causes it, with the other party of a conflict as an
/// additional location. Services and task definitions declared in one method (or one set of top-level statements)
/// are checked together, so that conflicts between services show live.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EcsDefinitionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => EcsDescriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(AppReader.AppType) is null)
            {
                return;
            }
            var program = new WholeProgram();
            // A code-block action, not an operation-block one: the compiler then builds IOperation trees only for
            // the blocks that look like EcsKit definitions, instead of for every method of the program.
            start.RegisterCodeBlockAction(block =>
            {
                if (!DeclaresDefinitions(block.CodeBlock))
                {
                    return;
                }
                var blocks = OperationsOf(block.CodeBlock, block.SemanticModel, block.CancellationToken);
                if (blocks.IsEmpty)
                {
                    return;
                }
                var reader = AppReader.Read(blocks);
                if (reader is not null)
                {
                    program.Add(blocks, reader);
                    Report(reader, RuleRunner.Run(reader.Facts, AllRules), block.ReportDiagnostic, program.Reported);
                }
            });
            start.RegisterCompilationEndAction(end => program.Analyze(end.ReportDiagnostic));
        });
    }

    /// <summary>The operations of a code block: a member's body, or the initializers of a field or property declaration.</summary>
    private static ImmutableArray<IOperation> OperationsOf(SyntaxNode code, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var parts = code switch
        {
            BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => (SyntaxNode?)v.Initializer),
            PropertyDeclarationSyntax { Initializer: { } initializer } => new SyntaxNode?[] { initializer },
            _ => new SyntaxNode?[] { code },
        };
        return parts.Where(p => p is not null).Select(p => model.GetOperation(p!, cancellationToken)).Where(o => o is not null).Cast<IOperation>().ToImmutableArray();
    }

    /// <summary>A cheap syntactic look for <c>.TaskDefinition(</c> or <c>.Service(</c> calls before anything is bound.</summary>
    private static bool DeclaresDefinitions(SyntaxNode block)
    {
        foreach (var node in block.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "TaskDefinition" or "Service" } })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Reports the findings of one reading, each once (a finding reached twice is reported at its first place).</summary>
    private static void Report(AppReader reader, IReadOnlyList<RuleDiagnostic> findings, System.Action<Diagnostic> report, ConcurrentDictionary<(string, TextSpanKey, string), bool> reported)
    {
        foreach (var finding in findings)
        {
            var location = reader.Map.Find(finding.Path);
            if (location is null || !location.IsInSource || !reported.TryAdd((finding.Id, new TextSpanKey(location), finding.Message), true))
            {
                continue;
            }
            var additional = finding.AdditionalPaths.Select(reader.Map.Find).Where(l => l is not null && l != location).Cast<Location>();
            report(Diagnostic.Create(
                EcsDescriptors.Get(finding.Id),
                location,
                EcsDescriptors.ToRoslyn(finding.Severity),
                additional,
                properties: ImmutableDictionary<string, string?>.Empty.Add("path", finding.Path),
                finding.Message));
        }
    }

    /// <summary>
    /// The compilation-end pass: services and task definitions declared in different methods (a task definition in
    /// a field, services added elsewhere) only meet here, so the rules between services (ECS0010, ECS0011) run once
    /// more over every block of the program. Findings the live per-method pass reported are not repeated.
    /// </summary>
    private sealed class WholeProgram
    {
        private readonly ConcurrentBag<ImmutableArray<IOperation>> _blocks = new();
        private readonly ConcurrentDictionary<string, int> _clusterBlocks = new(System.StringComparer.Ordinal);
        private int _needed;

        public ConcurrentDictionary<(string, TextSpanKey, string), bool> Reported { get; } = new();

        public void Add(ImmutableArray<IOperation> blocks, AppReader reader)
        {
            _blocks.Add(blocks);
            if (reader.NeedsWholeProgram)
            {
                System.Threading.Interlocked.Exchange(ref _needed, 1);
            }
            foreach (var cluster in reader.Facts.Clusters.Where(c => c.Name.IsKnown))
            {
                // A cluster whose services are declared in two blocks is only seen whole here.
                if (_clusterBlocks.AddOrUpdate(cluster.Name.Value, 1, (_, n) => n + 1) > 1)
                {
                    System.Threading.Interlocked.Exchange(ref _needed, 1);
                }
            }
        }

        public void Analyze(System.Action<Diagnostic> report)
        {
            // Reading the whole program again is only worth it where a block could not see everything.
            if (_needed == 0 || _blocks.Count < 2)
            {
                return;
            }
            var ordered = _blocks.SelectMany(b => b).OrderBy(o => o.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(o => o.Syntax.SpanStart);
            var reader = AppReader.Read(ordered);
            if (reader is not null)
            {
                Report(reader, RuleRunner.RunBetweenResources(reader.Facts, AllRules), report, Reported);
            }
        }
    }

    /// <summary>Every rule runs; which findings show is up to the descriptors and the user's .editorconfig.</summary>
    internal static readonly RuleOptions AllRules = CreateAllRules();

    private static RuleOptions CreateAllRules()
    {
        var options = new RuleOptions();
        foreach (var rule in RuleCatalog.All.Where(r => !r.EnabledByDefault))
        {
            options.Severities[rule.Id] = rule.DefaultSeverity;
        }
        return options;
    }

    private readonly struct TextSpanKey : System.IEquatable<TextSpanKey>
    {
        private readonly string? _file;
        private readonly int _start;
        private readonly int _length;

        public TextSpanKey(Location location)
        {
            _file = location.SourceTree?.FilePath;
            _start = location.SourceSpan.Start;
            _length = location.SourceSpan.Length;
        }

        public bool Equals(TextSpanKey other) => _file == other._file && _start == other._start && _length == other._length;

        public override bool Equals(object? obj) => obj is TextSpanKey other && Equals(other);

        public override int GetHashCode() => ((_file?.GetHashCode() ?? 0) * 31 + _start) * 31 + _length;
    }
}
