using System.Collections.Immutable;
using System.Text.RegularExpressions;
using EcsKit.Analyzers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace EcsKit.Analyzers.Tests.Json;

/// <summary>
/// Runs <see cref="EcsJsonFileAnalyzer"/> over JSON files given as additional files of a small C# project.
/// Markup <c>{|#0:...|}</c> in the JSON marks where a diagnostic is expected.
/// </summary>
internal static partial class JsonAnalyzerVerifier
{
    public static DiagnosticResult Diagnostic(string id) => new(EcsDescriptors.Get(id));

    /// <summary>Checks the findings of the rules named in <paramref name="expected"/> (other rules are switched off for the test).</summary>
    public static async Task VerifyAsync((string Path, string Json)[] files, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = "internal static class Program { private static void Main() { } }" };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Json));
        }
        var ids = expected.Select(e => e.Id).ToHashSet();
        test.DisabledDiagnostics.AddRange(EcsDescriptors.All.Select(d => d.Id).Where(id => !ids.Contains(id)));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>Every diagnostic the analyzer reports for the files (markup removed), for free-form checks.</summary>
    public static async Task<ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> DiagnosticsAsync(params (string Path, string Json)[] files)
    {
        var compilation = CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText("internal static class Program { private static void Main() { } }")],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var additional = files.Select(f => (AdditionalText)new InMemoryFile(f.Path, Plain(f.Json))).ToImmutableArray();
        var withAnalyzers = compilation.WithAnalyzers([new EcsJsonFileAnalyzer()], new AnalyzerOptions(additional));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    /// <summary>The JSON without its markup, as the runtime reader gets it.</summary>
    public static string Plain(string json) => Markup().Replace(json, "");

    [GeneratedRegex(@"\{\|#\d+:|\|\}")]
    private static partial Regex Markup();

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Test : CSharpAnalyzerTest<EcsJsonFileAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            TestState.OutputKind = OutputKind.ConsoleApplication;
        }
    }
}
