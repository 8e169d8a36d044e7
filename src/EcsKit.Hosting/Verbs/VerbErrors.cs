using Docker.DotNet;
using EcsKit.Docker;

namespace EcsKit.Hosting.Verbs;

/// <summary>Turns the errors a verb expects into one readable message and exit code 1, instead of a stack trace.</summary>
internal static class VerbErrors
{
    public static async Task<int> Guard(HostConsole console, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (Expected(ex))
        {
            await console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C before the verb had anything to stop: the person knows, a shell sees the usual code for SIGINT.
            return CancelledExitCode;
        }
    }

    /// <summary>128 + SIGINT, what shells report for a program stopped by Ctrl+C.</summary>
    public const int CancelledExitCode = 130;

    // LocalDockerException and AwsSetupException messages are written for people (no engine, every failed preflight
    // rule, no region or credentials); an engine or ECS that refuses a call says what it refused.
    private static bool Expected(Exception ex) =>
        ex is EcsJsonException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException
            or LocalDockerException or KeyNotFoundException or DockerApiException or HttpRequestException or TimeoutException
            or EcsKit.Aws.EcsApiException or EcsKit.Aws.AwsSetupException;
}
