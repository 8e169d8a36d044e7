using BenchmarkDotNet.Attributes;

namespace EcsKit.Benchmarks;

/// <summary>Reading and writing ECS JSON: the largest corpus task definition.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private string _json = "";
    private TaskDefinition _definition = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = CorpusFiles.TaskDefinitions.Select(File.ReadAllText).OrderByDescending(t => t.Length)
            .First(t => { try { EcsJson.ParseTaskDefinition(t); return true; } catch (EcsJsonException) { return false; } });
        _definition = EcsJson.ParseTaskDefinition(_json);
    }

    [Benchmark]
    public TaskDefinition Parse() => EcsJson.ParseTaskDefinition(_json);

    [Benchmark]
    public string Serialize() => EcsJson.Serialize(_definition);
}
