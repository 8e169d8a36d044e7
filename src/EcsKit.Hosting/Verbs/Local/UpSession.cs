using System.Runtime.InteropServices;
using EcsKit.Docker;
using EcsKit.Docker.Local;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// Runs the application until cancelled, the way foreground <c>up</c> and the background agent both do: start it,
/// wait until every service is stable, follow every container's output, and on cancellation (Ctrl+C, SIGTERM from
/// <c>down</c>) or failure stop it and remove what it created. What is shown, and where, is the view's business.
/// </summary>
internal static class UpSession
{
    /// <param name="app">The application.</param>
    /// <param name="settings">Ports and the stable timeout.</param>
    /// <param name="view">Where the progress goes.</param>
    /// <param name="ready">Called once every service is stable.</param>
    /// <param name="cancellationToken">Stops the application.</param>
    /// <returns>0 once stopped on request.</returns>
    /// <exception cref="LocalDockerException">The application could not start or become stable; it was stopped and removed first.</exception>
    public static async Task<int> RunAsync(EcsApp app, UpSettings settings, IUpView view, Action? ready, CancellationToken cancellationToken)
    {
        var options = new LocalDockerOptions { StaticPorts = settings.StaticPorts, Info = view.Info };
        var docker = await LocalDocker.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
        await using (docker.ConfigureAwait(false))
        {
            if (await docker.StateAsync(app, cancellationToken).ConfigureAwait(false) is { OwnerProcess: int owner, UpToDate: true })
            {
                view.Info(Unchanged(app.Name, owner));
                return 0;
            }
            // A later `up` of a changed application takes it over: SIGUSR1 asks this one to stop its own tasks and let go.
            using var handover = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var released = false;
            using var release = PosixSignalRegistration.Create((PosixSignal)Signals.ReleaseSignal, context =>
            {
                context.Cancel = true;
                released = true;
                handover.Cancel();
            });
            cancellationToken = handover.Token;
            LocalApp local;
            try
            {
                local = await docker.UpAsync(app, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped while starting: UpAsync removed what it had made.
                return 0;
            }
            local.TaskChanged += view.TaskChanged;
            try
            {
                await view.StartingAsync(local, local.WaitStableAsync(settings.Timeout, cancellationToken)).ConfigureAwait(false);
                ready?.Invoke();
                view.Stable(local);
                await docker.FollowLogsAsync(app.Name, null, follow: true, view.Log, cancellationToken).ConfigureAwait(false);
                // The output ends early only if the engine's event stream does; the application keeps running until asked to stop.
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C or SIGTERM: the normal way to stop.
            }
            finally
            {
                if (released)
                {
                    view.Info($"Another EcsKit process takes '{app.Name}' over: stopping this process's tasks, leaving the rest to it.");
                    await local.ReleaseAsync().ConfigureAwait(false);
                }
                else
                {
                    view.Stopping(app.Name);
                    view.Stopped(await local.DownAsync().ConfigureAwait(false));
                }
            }
            return 0;
        }
    }

    internal static string Unchanged(string app, int owner) =>
        $"'{app}' is already up and unchanged, run by EcsKit process {owner}: `ps` lists its tasks, `logs -f` follows them, `down` stops it.";
}
