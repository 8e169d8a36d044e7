using System.Diagnostics;

namespace EcsKit.Docker.Tests.Images;

/// <summary>Runs a program of the machine (gcc, binutils) and returns what it printed.</summary>
internal static class ExternalTool
{
    /// <summary>
    /// Whether the tool is there. Under CI (CI=true), where scripts/test.sh installs every tool, a missing one fails
    /// the test instead, so that a check can never pass by not running.
    /// </summary>
    public static bool Exists(string path)
    {
        var exists = OperatingSystem.IsLinux() && File.Exists(path);
        Assert.True(exists || Environment.GetEnvironmentVariable("CI") != "true", $"{path} is missing; scripts/test.sh installs it (gcc, binutils, binutils-aarch64-linux-gnu).");
        return exists;
    }

    /// <summary>The program's standard output; a failed run fails the test with its standard error.</summary>
    public static async Task<string> RunAsync(string path, params string[] arguments)
    {
        var start = new ProcessStartInfo(path, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{path} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{path} {string.Join(' ', arguments)} exited {process.ExitCode}: {await error}");
        return await output;
    }
}
