using Docker.DotNet;

namespace EcsKit.Benchmarks.Local;

/// <summary>
/// Runs a piece of the benchmark again when it fails or the Docker engine restarted under it (other work may share
/// the engine: test suites that restart it, for one), after removing what the failed attempt left. What was repeated,
/// and why, is kept for the report; a piece that fails <see cref="MaxAttempts"/> times stops the benchmark.
/// </summary>
internal sealed class Attempts(IDockerClient client, Func<Task> cleanup, CancellationToken cancellationToken)
{
    public const int MaxAttempts = 3;

    public List<string> Repeated { get; } = [];

    /// <param name="what">The piece, for people ("run 2/5").</param>
    /// <param name="attempt">Runs the piece; its argument is a suffix that makes the names of a repeated attempt new.</param>
    public async Task RunAsync(string what, Func<string, Task> attempt)
    {
        for (var n = 1; ; n++)
        {
            var engine = EngineProcess();
            try
            {
                await attempt(n == 1 ? "" : $"x{n}");
                if (EngineProcess() != engine)
                {
                    throw new InvalidOperationException("the Docker engine restarted during the run");
                }
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException && !cancellationToken.IsCancellationRequested && n < MaxAttempts)
            {
                var reason = $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
                Repeated.Add($"{what} ({reason})");
                Console.WriteLine($"{what} failed ({reason}); removing what it left and running it again");
                await WaitForEngineAsync(client, cancellationToken);
                await cleanup();
            }
        }
    }

    /// <summary>Waits up to a minute until the engine answers.</summary>
    public static async Task WaitForEngineAsync(IDockerClient client, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                await client.System.PingAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }

    // The process id of the engine on this machine (null when it cannot be told): another one means it restarted.
    private static string? EngineProcess()
    {
        try
        {
            return File.ReadAllText("/var/run/docker.pid").Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
