namespace EcsKit.Aws.Tests;

/// <summary>The ECS API model beside the repository (../shared/specs/ecs, or ECSKIT_SHARED), where it is present.</summary>
internal static class SharedSpecs
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The path of a file of specs/ecs, or null where the shared folder is not there.</summary>
    public static string? Ecs(string fileName)
    {
        var shared = Environment.GetEnvironmentVariable("ECSKIT_SHARED") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot, "..", "shared");
        var path = Path.GetFullPath(Path.Combine(shared, "specs", "ecs", fileName));
        return File.Exists(path) ? path : null;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EcsKit.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("EcsKit.sln not found above the test output folder.");
    }
}
