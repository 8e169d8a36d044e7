using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace EcsKit.Benchmarks.Local;

/// <summary>
/// Runs this program again as a fresh process in one of its child modes (<see cref="ChildModes"/>) and reads the
/// lines it prints (<c>KEY name=value ...</c>), each with the time since the process was started.
/// </summary>
internal static class ChildProcess
{
    public static async Task<Dictionary<string, (TimeSpan At, Dictionary<string, double> Values)>> RunAsync(string mode, string app, CancellationToken cancellationToken)
    {
        var (program, prefix) = Self();
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[.. prefix, "local", "--child", mode, app])
        {
            start.ArgumentList.Add(argument);
        }
        var lines = new Dictionary<string, (TimeSpan, Dictionary<string, double>)>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(120));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                var at = clock.Elapsed;
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }
                lines[words[0]] = (at, words.Skip(1).Select(w => w.Split('=', 2)).Where(p => p.Length == 2)
                    .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal));
            }
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0)
        {
            // The first lines say what failed; the rest is a stack trace.
            var first = (await error).Trim().Split('\n').Take(3);
            throw new InvalidOperationException($"the child process ({mode}) exited with code {process.ExitCode}: {string.Join(" / ", first)}");
        }
        return lines;
    }

    /// <summary>How to start this program: its apphost, or <c>dotnet</c> with its assembly.</summary>
    private static (string Program, string[] Prefix) Self()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this program is unknown");
        return Path.GetFileNameWithoutExtension(path) == "dotnet"
            ? (path, [Assembly.GetExecutingAssembly().Location])
            : (path, []);
    }
}
