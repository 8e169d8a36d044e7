using BenchmarkDotNet.Attributes;
using EcsKit.Rules;
using EcsKit.Tool.Validate;

namespace EcsKit.Benchmarks;

/// <summary>What <c>ecskit validate</c> costs after start-up: reading, parsing and checking every corpus file.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private IReadOnlyList<InputFile> _files = [];
    private TaskDefinition[] _definitions = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = InputFile.Find([CorpusFiles.Folder], out _);
        _definitions = CorpusFiles.TaskDefinitions
            .Select(File.ReadAllText)
            .Select(text => { try { return EcsJson.ParseTaskDefinition(text); } catch (EcsJsonException) { return null; } })
            .OfType<TaskDefinition>()
            .ToArray();
    }

    /// <summary>The whole corpus through the tool's pipeline (files read from disk, parsed, checked, located).</summary>
    [Benchmark]
    public int ValidateCorpus() => ValidationRun.Run(_files, RuleOptions.Default).Reports.Count;

    /// <summary>Every rule over every parsed corpus task definition.</summary>
    [Benchmark]
    public int ValidateParsedTaskDefinitions()
    {
        var findings = 0;
        foreach (var definition in _definitions)
        {
            findings += definition.Validate().Diagnostics.Count;
        }
        return findings;
    }
}
