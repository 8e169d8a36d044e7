using System.Diagnostics;

namespace EcsKit.Aws;

/// <summary>
/// Removes an application from ECS: scales each service to 0 and deletes it, optionally deregisters the task
/// definition revisions EcsKit registered for it, and deletes its clusters unless something else lives in them.
/// </summary>
/// <remarks>
/// What is already gone (ClusterNotFoundException, ServiceNotFoundException, ServiceNotActiveException, INACTIVE)
/// is reported as such and never fails the destroy, so running it again is safe. ECS errors on one resource are
/// reported for that resource and the destroy carries on with the others.
/// </remarks>
public static class EcsDestroyer
{
    /// <summary>Destroys what <paramref name="app"/> declares.</summary>
    /// <param name="app">The application: its services, task definition families and clusters.</param>
    /// <param name="api">The ECS API.</param>
    /// <param name="options">What to remove and how long to wait; the defaults when null.</param>
    /// <param name="progress">Receives each step.</param>
    /// <param name="cancellationToken">Stops the destroy.</param>
    public static async Task<EcsDestroyResult> DestroyAsync(
        EcsApp app, IEcsApi api, EcsDestroyOptions? options = null, IProgress<EcsDestroyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(api);
        var clock = Stopwatch.StartNew();
        var run = new DestroyRun(app, api, options ?? new EcsDestroyOptions(), progress);
        await run.RunAsync(cancellationToken).ConfigureAwait(false);
        return new EcsDestroyResult(app.Name, run.Resources) { Elapsed = clock.Elapsed };
    }
}
