namespace EcsKit.Aws.Tests;

/// <summary>Finds the shared test data (the real-world corpus) beside the repository, or where ECSKIT_SHARED points.</summary>
internal static class SharedData
{
    public static string? Folder { get; } = Find();

    /// <summary>The files of a corpus folder by name (empty when the shared data is not present).</summary>
    public static IEnumerable<object[]> CorpusFiles(string folder) =>
        Folder is null || !Directory.Exists(Path.Combine(Folder, "corpus", folder))
            ? []
            : Directory.GetFiles(Path.Combine(Folder, "corpus", folder), "*.json").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    public static string Corpus(string folder, string file) =>
        Path.Combine(Folder ?? throw new InvalidOperationException("The shared test data was not found; set ECSKIT_SHARED to its folder."), "corpus", folder, file);

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("ECSKIT_SHARED");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EcsKit.sln")))
        {
            directory = directory.Parent;
        }
        var sibling = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
        return sibling is not null && Directory.Exists(Path.Combine(sibling, "corpus")) ? sibling : null;
    }
}
