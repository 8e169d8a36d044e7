using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EcsKit.Analyzers.Tests.CodeFixes;

/// <summary>
/// Runs a code fix of EcsKit on the findings of <see cref="EcsDefinitionAnalyzer"/>, with the compilation set up as
/// <see cref="AnalyzerVerifier"/> does. Only the rules of the expected diagnostics are on, before and after the fix;
/// the test library also applies Fix All (document, project, solution) and checks it gives the same result.
/// </summary>
internal static class CodeFixVerifier<TFix>
    where TFix : CodeFixProvider, new()
{
    /// <summary>A diagnostic expected at markup location <c>{|#n:...|}</c>; its message is not compared.</summary>
    public static DiagnosticResult Diagnostic(string id, int location, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        new DiagnosticResult(id, severity).WithLocation(location);

    public static Task VerifyCodeFixAsync(string source, string fixedSource, DiagnosticResult[] expected, string? equivalenceKey = null) =>
        VerifyCodeFixAsync(source, fixedSource, expected, [], equivalenceKey);

    /// <param name="remaining">Diagnostics still expected after the fix.</param>
    public static async Task VerifyCodeFixAsync(string source, string fixedSource, DiagnosticResult[] expected, DiagnosticResult[] remaining, string? equivalenceKey = null)
    {
        var ids = expected.Select(e => e.Id).ToHashSet();
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.DisabledDiagnostics.AddRange(EcsDescriptors.All.Select(d => d.Id).Where(id => !ids.Contains(id)));
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>Checks that no fix of <typeparamref name="TFix"/> is offered for the expected diagnostics.</summary>
    public static Task VerifyNoFixAsync(string source, params DiagnosticResult[] expected) =>
        VerifyCodeFixAsync(source, source, expected, expected);

    private sealed class Test : CSharpCodeFixTest<EcsDefinitionAnalyzer, TFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(AnalyzerVerifier.References);
            TestState.OutputKind = OutputKind.ConsoleApplication;
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
