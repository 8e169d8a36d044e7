namespace EcsKit.Tests;

/// <summary>Finds the shared test data (the ECS API model and the real-world corpus) next to the repository.</summary>
internal static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared folder beside the repository, or null where it is not present.</summary>
    public static string? Folder { get; } = FindShared();

    public static string Require(params string[] parts)
    {
        var folder = Folder ?? throw new InvalidOperationException(
            $"The shared test data was not found beside {RepositoryRoot}; set ECSKIT_SHARED to its folder.");
        return Path.Combine([folder, .. parts]);
    }

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EcsKit.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("EcsKit.sln not found above the test output folder.");
    }

    private static string? FindShared()
    {
        var configured = Environment.GetEnvironmentVariable("ECSKIT_SHARED");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        var sibling = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(Path.Combine(sibling, "specs", "ecs")) ? sibling : null;
    }
}
