using System.Diagnostics;

namespace EcsKit.Hosting.Tests.Local;

/// <summary>
/// The Docker engine the local verbs run against, seen through the docker CLI (as a person would check it), and the
/// local test image, made by scripts/images.sh when missing. The engine must answer: scripts/test.sh starts one.
/// </summary>
internal static class LocalEngine
{
    private static readonly Lazy<Task> Image = new(MakeImageAsync);

    public static Task EnsureImageAsync() => Image.Value;

    /// <summary>A name no other test (or earlier run) uses: applications of different tests never meet.</summary>
    public static string UniqueName(string prefix) => $"h-{prefix}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Containers, networks and volumes labelled with the application, each named with its kind.</summary>
    public static async Task<IReadOnlyList<string>> ObjectsAsync(string app)
    {
        var filter = $"label=com.ecskit.app={app}";
        var objects = new List<string>();
        objects.AddRange((await DockerAsync("ps", "-aq", "--filter", filter)).Select(id => $"container {id}"));
        objects.AddRange((await DockerAsync("network", "ls", "-q", "--filter", filter)).Select(id => $"network {id}"));
        objects.AddRange((await DockerAsync("volume", "ls", "-q", "--filter", filter)).Select(id => $"volume {id}"));
        return objects;
    }

    /// <summary>Runs the docker CLI; its output lines.</summary>
    public static async Task<IReadOnlyList<string>> DockerAsync(params string[] args)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker {string.Join(' ', args)} failed ({process.ExitCode}): {await error}");
        }
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Removes whatever a failed test left, whichever process runs it.</summary>
    public static async Task DownAsync(string app, string shape = "web")
    {
        await HostRun.Of(TestApp.TestApps.Build(shape, app), "down");
        // The background agent's files stay for people to read (the owner file of a killed one too); a test's are of no use.
        foreach (var kind in (string[])["log", "status", "owner"])
        {
            File.Delete(Path.Combine(Path.GetTempPath(), "ecskit", $"{app}.{kind}"));
        }
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

    private static async Task MakeImageAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "images.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/images.sh failed ({process.ExitCode}): {await error}");
        }
    }
}
