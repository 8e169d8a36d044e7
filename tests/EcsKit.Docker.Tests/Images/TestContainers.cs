using Docker.DotNet;
using Docker.DotNet.Models;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Tests.Images;

/// <summary>
/// Containers of the image tests, all labelled <c>com.ecskit.app=ecskit-tests-images</c>, so that one call removes
/// them after each test, and before it whatever a killed run left behind.
/// </summary>
internal static class TestContainers
{
    public const string App = "ecskit-tests-images";

    public static async Task<string> StartAsync(IDockerClient docker, string image, IList<string>? command = null, string? networkMode = null)
    {
        var parameters = new CreateContainerParameters
        {
            Image = image,
            Labels = new Dictionary<string, string> { [Labels.App] = App },
            HostConfig = new HostConfig(),
        };
        if (command is not null)
        {
            parameters.Cmd = command;
        }
        if (networkMode is not null)
        {
            parameters.HostConfig.NetworkMode = networkMode;
        }
        var created = await docker.Containers.CreateContainerAsync(parameters);
        await docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
        return created.ID;
    }

    public static async Task RemoveAllAsync(IDockerClient docker)
    {
        var containers = await docker.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = Labels.OfApp(App) });
        foreach (var container in containers)
        {
            try
            {
                await docker.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true });
            }
            catch (DockerContainerNotFoundException)
            {
                // Gone already.
            }
        }
    }

    /// <summary>The container's exit code, or a failed test when it has not exited within <paramref name="timeout"/>.</summary>
    public static async Task<long> WaitForExitAsync(IDockerClient docker, string id, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            return (await docker.Containers.WaitContainerAsync(id, cancel.Token)).StatusCode;
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"container {id[..12]} still runs after {timeout.TotalSeconds} s");
            throw;
        }
    }
}
