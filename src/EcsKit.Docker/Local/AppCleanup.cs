using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Local;

/// <summary>
/// Removes everything of an application from the engine by its labels: task and pause containers, volumes and the
/// network. It needs nothing but the engine, so it works after the process that created them was killed.
/// </summary>
internal static class AppCleanup
{
    public static async Task<LocalDownResult> RemoveAsync(DockerEngine engine, string app, CancellationToken cancellationToken)
    {
        var client = engine.Client;
        var containers = await client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = Labels.OfApp(app) }, cancellationToken)
            .ConfigureAwait(false);
        // Task containers first, pause containers after: the reverse of how they were started.
        var ordered = containers.OrderBy(c => c.Labels.TryGetValue(Labels.Role, out var role) && role == Labels.Roles.Pause ? 1 : 0).ToList();
        await Task.WhenAll(ordered.Where(c => c.State == "running" && !IsPause(c)).Select(c => StopAsync(client, c, cancellationToken))).ConfigureAwait(false);
        foreach (var container in ordered)
        {
            try
            {
                await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (DockerContainerNotFoundException)
            {
                // Gone already (a task stopping on its own removes its containers).
            }
        }

        var volumes = await client.Volumes.ListAsync(new VolumesListParameters { Filters = Labels.OfApp(app) }, cancellationToken).ConfigureAwait(false);
        var volumeCount = 0;
        foreach (var volume in volumes.Volumes ?? [])
        {
            try
            {
                await client.Volumes.RemoveAsync(volume.Name, force: true, cancellationToken).ConfigureAwait(false);
                volumeCount++;
            }
            catch (DockerApiException)
            {
                // Removed meanwhile.
            }
        }

        var networks = await client.Networks.ListNetworksAsync(new NetworksListParameters { Filters = Labels.OfApp(app) }, cancellationToken).ConfigureAwait(false);
        foreach (var network in networks)
        {
            try
            {
                await client.Networks.DeleteNetworkAsync(network.ID, cancellationToken).ConfigureAwait(false);
            }
            catch (DockerApiException)
            {
                // Removed meanwhile.
            }
        }
        return new LocalDownResult(app, containers.Count, volumeCount, networks.Count);
    }

    private static bool IsPause(ContainerListResponse container) =>
        container.Labels.TryGetValue(Labels.Role, out var role) && role == Labels.Roles.Pause;

    // A stop with the container's own stop timeout (what the definition set) lets programs finish cleanly.
    private static async Task StopAsync(IDockerClient client, ContainerListResponse container, CancellationToken cancellationToken)
    {
        try
        {
            await client.Containers.StopContainerAsync(container.ID, new ContainerStopParameters(), cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException)
        {
            // Stopped or removed meanwhile; the removal below forces the rest.
        }
    }

    /// <summary>
    /// Asks the process that runs the application to stop its own tasks and let go (SIGUSR1), leaving everything
    /// else in place, and waits for it to exit.
    /// </summary>
    /// <exception cref="LocalDockerException">It did not within <paramref name="timeout"/>.</exception>
    public static async Task ReleaseOwnerAsync(string app, int pid, TimeSpan timeout)
    {
        using var process = System.Diagnostics.Process.GetProcessById(pid);
        Signals.Release(pid);
        try
        {
            await process.WaitForExitAsync(new CancellationTokenSource(timeout).Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new LocalDockerException($"EcsKit process {pid}, which runs '{app}', did not stop its tasks within {timeout.TotalSeconds:0} s; run `down` to stop everything.");
        }
    }

    /// <summary>Asks the application's owning process (a background agent) to stop, and waits up to <paramref name="timeout"/> for it.</summary>
    public static async Task<int?> StopOwnerAsync(string app, TimeSpan timeout)
    {
        if (AppOwner.Current(app) is not int pid || pid == Environment.ProcessId)
        {
            return null;
        }
        using var process = Process.GetProcessById(pid);
        Signals.Terminate(pid);
        try
        {
            await process.WaitForExitAsync(new CancellationTokenSource(timeout).Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        return pid;
    }
}
