using System.Globalization;

namespace EcsKit.PackageTests;

/// <summary>
/// Packs EcsKit once per test class into a local folder feed, with a version no cache can hold, and hands out
/// consumer projects that restore it from that feed into their own package folder.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The unique version of this run's package.</summary>
    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
        + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The temporary folder that holds the feed, the consumers and their package cache.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("ecskit-package-tests-").FullName;

    /// <summary>The local feed the package is packed into.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The packed package.</summary>
    public string PackagePath => Path.Combine(Feed, $"EcsKit.{Version}.nupkg");

    /// <summary>The consumers' NUGET_PACKAGES: empty at first, so no package cached by an earlier run is ever used.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
    };

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var project = Path.Combine(RepositoryRoot, "src", "EcsKit", "EcsKit.csproj");
        // Its own artifacts folder: the pack never touches the bin and obj folders the solution build uses.
        var result = await DotNet.RunAsync(Root, new Dictionary<string, string>(), PackTimeout,
            "pack", project, "--configuration", "Release", "--output", Feed,
            "--artifacts-path", Path.Combine(Root, "artifacts"), $"-p:Version={Version}", "-tl:off", "-nodeReuse:false");
        if (result.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack failed ({result.ExitCode}):\n{result.Output}");
        }
    }

    /// <summary>A new consumer project folder with the given files, referencing this run's package.</summary>
    internal ConsumerProject CreateConsumer(string name, string program) =>
        ConsumerProject.Create(Path.Combine(Root, name), Feed, Version, program, ConsumerEnvironment);

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run over it is not.
        }
        return Task.CompletedTask;
    }

    /// <summary>The folder of EcsKit.sln.</summary>
    internal static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EcsKit.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("EcsKit.sln not found above " + AppContext.BaseDirectory);
    }
}
