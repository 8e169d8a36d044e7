using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;
using EcsKit.Docker.Engine;
using EcsKit.Docker.Tasks;

namespace EcsKit.Docker.Local;

/// <summary>
/// The application's user-defined bridge network: tasks reach each other there by service name, and the metadata
/// endpoint listens on its gateway address, which containers reach and other machines do not. Its labels also record
/// which process owns the running application.
/// </summary>
internal static class AppNetwork
{
    /// <summary>The network, created when missing; its id and gateway address.</summary>
    public static async Task<(string Name, IPAddress Gateway)> EnsureAsync(DockerEngine engine, string app, CancellationToken cancellationToken)
    {
        var name = DockerNames.Network(app);
        var inspect = await FindAsync(engine, name, cancellationToken).ConfigureAwait(false);
        if (inspect is null)
        {
            await engine.Client.Networks.CreateNetworkAsync(new NetworksCreateParameters
            {
                Name = name,
                Driver = "bridge",
                Labels = new Dictionary<string, string> { [Labels.App] = app, [Labels.Role] = Labels.Roles.Network },
            }, cancellationToken).ConfigureAwait(false);
            inspect = await FindAsync(engine, name, cancellationToken).ConfigureAwait(false)
                ?? throw new LocalDockerException($"The Docker network '{name}' vanished right after it was created.");
        }
        var gateway = inspect.IPAM?.Config?.Select(c => c.Gateway).FirstOrDefault(g => IPAddress.TryParse(g, out var a) && a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
        return (name, gateway is null ? IPAddress.Loopback : IPAddress.Parse(gateway));
    }

    private static async Task<NetworkResponse?> FindAsync(DockerEngine engine, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.Client.Networks.InspectNetworkAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerNetworkNotFoundException)
        {
            return null;
        }
        catch (DockerApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
