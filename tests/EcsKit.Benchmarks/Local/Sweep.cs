using Docker.DotNet;
using Docker.DotNet.Models;
using EcsKit.Docker;

namespace EcsKit.Benchmarks.Local;

/// <summary>Removes whatever a benchmark run left, whatever failed: its EcsKit applications, and the containers and networks labelled with its tag.</summary>
internal static class Sweep
{
    public static async Task RunAsync(LocalDocker docker, IEnumerable<string> apps, string tag)
    {
        try
        {
            await Attempts.WaitForEngineAsync(docker.Engine.Client, CancellationToken.None);
            await RemoveAsync(docker, apps, tag);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // scripts/local-benchmark.sh sweeps again on its way out.
            await Console.Error.WriteLineAsync($"warning: could not remove everything the benchmark started: {e.GetType().Name}: {e.Message}");
        }
    }

    private static async Task RemoveAsync(LocalDocker docker, IEnumerable<string> apps, string tag)
    {
        foreach (var app in apps)
        {
            try
            {
                await docker.DownAsync(app);
            }
            catch (Exception e) when (e is LocalDockerException or DockerApiException)
            {
                Console.Error.WriteLine($"warning: could not take '{app}' down: {e.Message}");
            }
        }
        var client = docker.Engine.Client;
        var ours = Label(Baseline.Label);
        var containers = await client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = ours });
        foreach (var container in containers.Where(c => c.Labels.TryGetValue(Baseline.Label, out var run) && run.StartsWith(tag, StringComparison.Ordinal)))
        {
            try
            {
                await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true });
            }
            catch (DockerContainerNotFoundException)
            {
            }
        }
        // The baselines' networks, and EcsKit's application networks (should a down have failed).
        var networks = (await client.Networks.ListNetworksAsync(new NetworksListParameters { Filters = ours }))
            .Where(n => n.Labels.TryGetValue(Baseline.Label, out var run) && run.StartsWith(tag, StringComparison.Ordinal))
            .Concat((await client.Networks.ListNetworksAsync(new NetworksListParameters { Filters = Label("com.ecskit.app") }))
                .Where(n => n.Labels.TryGetValue("com.ecskit.app", out var app) && app.StartsWith("bench-", StringComparison.Ordinal) && app.Contains(tag, StringComparison.Ordinal)));
        foreach (var network in networks)
        {
            try
            {
                await client.Networks.DeleteNetworkAsync(network.ID);
            }
            catch (DockerApiException e)
            {
                Console.Error.WriteLine($"warning: could not remove network {network.Name}: {e.Message}");
            }
        }
    }

    // Objects that have the label, whatever its value.
    private static Dictionary<string, IDictionary<string, bool>> Label(string key) =>
        new(StringComparer.Ordinal) { ["label"] = new Dictionary<string, bool> { [key] = true } };
}
