namespace EcsKit.Benchmarks;

/// <summary>The task and service definitions of the shared corpus, found beside the repository.</summary>
internal static class CorpusFiles
{
    public static string Folder { get; } = Find();

    public static string[] TaskDefinitions { get; } = Directory.GetFiles(Path.Combine(Folder, "taskdefs"), "*.json");

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EcsKit.sln")))
        {
            directory = directory.Parent;
        }
        var corpus = Environment.GetEnvironmentVariable("ECSKIT_SHARED") is { Length: > 0 } shared
            ? Path.Combine(shared, "corpus")
            : Path.Combine(directory?.FullName ?? ".", "..", "shared", "corpus");
        return Directory.Exists(corpus) ? Path.GetFullPath(corpus) : throw new DirectoryNotFoundException($"No corpus at {corpus}; set ECSKIT_SHARED.");
    }
}
