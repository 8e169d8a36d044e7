using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EcsKit.Analyzers.Tests;

/// <summary>
/// Runs <see cref="EcsDefinitionAnalyzer"/> over test sources compiled against .NET 10's reference assemblies and
/// the EcsKit library, as a user's program is. Markup: <c>{|#0:...|}</c> marks where a diagnostic is expected.
/// </summary>
internal static class AnalyzerVerifier
{
    public static DiagnosticResult Diagnostic(string id) => new(EcsDescriptors.Get(id));

    /// <summary>Checks the findings of the rules named in <paramref name="expected"/> (other rules are switched off for the test).</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, null, expected);

    /// <summary>Checks that rule <paramref name="id"/> reports nothing for <paramref name="source"/>.</summary>
    public static Task VerifyNoneAsync(string id, string source) => VerifyOnlyAsync(source, [id]);

    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected) =>
        VerifyOnlyAsync(source, expected.Select(e => e.Id).ToList(), editorConfig, expected);

    private static async Task VerifyOnlyAsync(string source, IReadOnlyCollection<string> ids, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.DisabledDiagnostics.AddRange(EcsDescriptors.All.Select(d => d.Id).Where(id => !ids.Contains(id)));
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>The diagnostics the analyzer reports for a source, for tests that look at messages or counts.</summary>
    public static async Task<ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> DiagnosticsAsync(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var withAnalyzers = compilation.WithAnalyzers([new EcsDefinitionAnalyzer()]);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    public static readonly ImmutableArray<MetadataReference> References =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(EcsApp).Assembly.Location)];

    private sealed class Test : CSharpAnalyzerTest<EcsDefinitionAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            // No reference packs are downloaded: .NET 10's reference assemblies come from a package, EcsKit from the build.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(References);
            TestState.OutputKind = OutputKind.ConsoleApplication;
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
