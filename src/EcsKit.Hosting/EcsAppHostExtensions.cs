using EcsKit.Hosting;

namespace EcsKit;

/// <summary>Runs an <see cref="EcsApp"/> as a command-line program.</summary>
public static class EcsAppHostExtensions
{
    /// <summary>
    /// Turns the program into a command line over <paramref name="app"/>: <c>synth</c> writes its ECS JSON,
    /// <c>validate</c> checks it, <c>up</c>, <c>down</c>, <c>ps</c>, <c>logs</c> and <c>run</c> run it on local Docker,
    /// <c>--help</c> lists every verb. Returns the process exit code: 0 on success, 1 on an error or bad usage
    /// (<c>run</c> returns its task's exit code).
    /// </summary>
    /// <example><c>return await app.RunAsync(args);</c></example>
    public static Task<int> RunAsync(this EcsApp app, string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        return EcsAppHost.RunAsync(app, args, HostConsole.System, cancellationToken);
    }
}
