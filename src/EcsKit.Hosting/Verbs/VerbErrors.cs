namespace EcsKit.Hosting.Verbs;

/// <summary>Turns the errors a verb expects into one readable line and exit code 1, instead of a stack trace.</summary>
internal static class VerbErrors
{
    public static async Task<int> Guard(HostConsole console, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is EcsJsonException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
