using Docker.DotNet;
using Docker.DotNet.Models;
using EcsKit.Docker;

namespace EcsKit.Benchmarks.Local;

/// <summary>Removes whatever a benchmark run left, whatever failed: its EcsKit applications, and the containers and networks labelled with its tag.</summary>
internal static class Sweep
{
    public static async Task RunAsync(LocalDocker docker, IEnumerable<string> apps, string tag)
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
        var ours = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [Baseline.Label] = true } };
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
        var networks = await client.Networks.ListNetworksAsync(new NetworksListParameters { Filters = ours });
        foreach (var network in networks.Where(n => n.Labels.TryGetValue(Baseline.Label, out var run) && run.StartsWith(tag, StringComparison.Ordinal)))
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
}
