using System.Diagnostics;

namespace EcsKit.Hosting.Tests.Local;

/// <summary>
/// Runs tests/EcsKit.Hosting.TestApp (a program built on RunAsync) as a separate process with <c>dotnet</c>, the way
/// a person runs their program: for what needs a real process of its own (the background agent, a kill, another
/// DOCKER_HOST).
/// </summary>
internal static class TestAppProcess
{
    public static async Task<HostRun> RunAsync(string shape, string app, string[] args, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in (string[])[Program(), shape, app, .. args])
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            // Reading to the end also proves the background agent holds neither pipe.
            await Task.WhenAll(output, error, process.WaitForExitAsync()).WaitAsync(timeout ?? TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new HostRun(process.ExitCode, await output, await error);
    }

    /// <summary>The test program's assembly, built beside this test project in the same configuration.</summary>
    private static string Program()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var path = Path.Combine(LocalEngine.RepositoryRoot(), "tests", "EcsKit.Hosting.TestApp", "bin", configuration, framework, "EcsKit.Hosting.TestApp.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build tests/EcsKit.Hosting.TestApp.");
    }
}
