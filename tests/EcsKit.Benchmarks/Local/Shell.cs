using System.Diagnostics;

namespace EcsKit.Benchmarks.Local;

/// <summary>Runs a program (docker, docker-compose, bash) to its end; a failure or a timeout is an exception naming the command and its error output.</summary>
internal static class Shell
{
    public static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{Describe(program, arguments)}' did not finish within {timeout.TotalSeconds:0} s");
        }
        var text = await output;
        var problems = await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{Describe(program, arguments)}' exited with code {process.ExitCode}: {problems.Trim()}");
        }
        return text;
    }

    /// <summary>Whether a program is on the PATH.</summary>
    public static bool Exists(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    private static string Describe(string program, IReadOnlyList<string> arguments) => string.Join(' ', [program, .. arguments]);
}
