namespace EcsKit.Tests.Json;

/// <summary>The three EcsJson readers by name, for theories that run against each of them.</summary>
internal static class EcsReaders
{
    public const string TaskDefinition = "task definition";
    public const string Service = "service";
    public const string Cluster = "cluster";

    public static TheoryData<string> All => new(TaskDefinition, Service, Cluster);

    /// <summary>Reads <paramref name="json"/> with the reader named <paramref name="kind"/> and writes it back.</summary>
    public static string ReadAndWrite(string kind, string json) => kind switch
    {
        TaskDefinition => EcsJson.Serialize(EcsJson.ReadTaskDefinition(json).Value),
        Service => EcsJson.Serialize(EcsJson.ReadService(json).Value),
        Cluster => EcsJson.Serialize(EcsJson.ReadCluster(json).Value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a reader"),
    };

    /// <summary>The exception reading threw, which must be an <see cref="EcsJsonException"/> and nothing else.</summary>
    public static EcsJsonException Rejects(string kind, string json)
    {
        var thrown = Record.Exception(() => ReadAndWrite(kind, json));
        Assert.NotNull(thrown);
        Assert.IsType<EcsJsonException>(thrown, exactMatch: true);
        var error = (EcsJsonException)thrown;
        Assert.NotEmpty(error.Problems);
        return error;
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="marker"/>, counted in characters.</summary>
    public static (int Line, int Column) PositionOf(string json, string marker)
    {
        var index = json.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"marker {marker} not in the text");
        var lineStart = index == 0 ? 0 : json.LastIndexOf('\n', index - 1) + 1;
        return (json[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }
}
