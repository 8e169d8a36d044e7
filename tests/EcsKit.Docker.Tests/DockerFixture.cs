using System.Diagnostics;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Tests;

/// <summary>
/// The Docker engine the tests run against, and the local test image (made by scripts/images.sh from busybox-static
/// when missing). The engine must answer: scripts/test.sh starts one; a test run without an engine fails here,
/// it is never skipped.
/// </summary>
public sealed class DockerFixture : IAsyncLifetime
{
    /// <summary>Debian's static busybox as an image: sh, httpd, wget, nc, sleep ...</summary>
    public const string Busybox = "ecskit/busybox:local";

    private DockerEngine? _engine;

    internal DockerEngine Engine => _engine ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        _engine = await DockerEngine.ConnectAsync(null, CancellationToken.None);
        var script = Path.Combine(RepositoryRoot(), "scripts", "images.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/images.sh failed ({process.ExitCode}): {error}");
        }
    }

    public Task DisposeAsync()
    {
        _engine?.Dispose();
        return Task.CompletedTask;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EcsKit.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("EcsKit.sln not found above the test directory.");
    }
}

[CollectionDefinition(Name)]
public sealed class DockerTests : ICollectionFixture<DockerFixture>
{
    public const string Name = "docker";
}
