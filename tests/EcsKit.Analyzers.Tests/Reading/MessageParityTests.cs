using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsKit.Analyzers.Tests.Reading;

/// <summary>
/// The analyzer and the runtime validator run the same rules, so for the same fluent code they must say the same:
/// same ids, same messages, same paths. Each definition of <see cref="ParityDefinitions"/> is run (EcsApp.Validate)
/// and analyzed as source.
/// </summary>
public class MessageParityTests
{
    private static readonly string[] Names =
        [.. typeof(ParityDefinitions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetParameters() is [{ ParameterType: var type }] && type == typeof(EcsApp))
            .Select(m => m.Name)];

    public static TheoryData<string> Definitions() => [.. Names];

    [Fact]
    public void There_are_enough_definitions_covering_enough_rules()
    {
        var ids = Names.SelectMany(Runtime).Select(f => f.Id).Distinct().ToList();
        Assert.True(Names.Length >= 10);
        Assert.True(ids.Count >= 40, $"only {ids.Count} rules: {string.Join(", ", ids)}");
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public async Task The_analyzer_reports_what_the_runtime_validator_reports(string definition)
    {
        var runtime = Runtime(definition);
        var analyzer = await Analyzer(definition);

        Assert.NotEmpty(runtime);
        var onlyRuntime = Lines(runtime).Except(Lines(analyzer)).ToList();
        var onlyAnalyzer = Lines(analyzer).Except(Lines(runtime)).ToList();
        Assert.True(onlyRuntime.Count == 0 && onlyAnalyzer.Count == 0,
            "Runtime only:\n" + string.Join("\n", onlyRuntime) + "\nAnalyzer only:\n" + string.Join("\n", onlyAnalyzer));
        Assert.Equal(Lines(runtime), Lines(analyzer));
    }

    private static List<Finding> Runtime(string definition)
    {
        var app = new EcsApp("shop");
        typeof(ParityDefinitions).GetMethod(definition)!.Invoke(null, [app]);
        return [.. app.Validate().Diagnostics.Select(d => new Finding(d.Id, d.Message, d.Path))];
    }

    private static async Task<List<Finding>> Analyzer(string definition)
    {
        var method = SourceOf(definition);
        var source = $$"""
            using System;
            using EcsKit;

            internal static class Program
            {
                private static void Main() => {{definition}}(new EcsApp("shop"));

                {{method}}
            }
            """;
        var diagnostics = await AnalyzerVerifier.DiagnosticsAsync(source);
        return [.. diagnostics.Select(d => new Finding(d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), d.Properties["path"] ?? ""))];
    }

    private static string SourceOf(string definition)
    {
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(ParityFile())).GetRoot();
        return root.DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == definition).ToFullString();
    }

    // The path the compiler recorded, or (when the build mapped source paths) the file found from the test's folder up.
    private static string ParityFile()
    {
        var recorded = ParityDefinitions.SourcePath;
        if (File.Exists(recorded))
        {
            return recorded;
        }
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "EcsKit.Analyzers.Tests", "Reading", "ParityDefinitions.cs");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("ParityDefinitions.cs not found from " + AppContext.BaseDirectory);
    }

    private static List<string> Lines(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.Id} {f.Path}: {f.Message}").Order(StringComparer.Ordinal)];

    private sealed record Finding(string Id, string Message, string Path);
}
