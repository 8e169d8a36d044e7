using System.Globalization;
using Docker.DotNet.Models;

namespace EcsKit.Docker.Tasks;

/// <summary>
/// Which container ports are published on which host ports. On ECS every awsvpc task has its own address; on one
/// machine their ports would collide, so they get dynamic host ports unless static ones are asked for. Bridge mode
/// keeps ECS's rule: a hostPort of 0 or none is dynamic, any other is static.
/// </summary>
internal static class PortPublishing
{
    /// <summary>The ports of every container of an awsvpc task, published on its pause container.</summary>
    public static Dictionary<string, IList<PortBinding>> ForTask(TaskDefinition task, bool staticPorts)
    {
        var ports = new Dictionary<string, IList<PortBinding>>(StringComparer.Ordinal);
        foreach (var mapping in task.ContainerDefinitions.SelectMany(c => c.PortMappings ?? []))
        {
            foreach (var port in ContainerPorts(mapping))
            {
                ports[Key(port, mapping)] = [new PortBinding { HostPort = staticPorts ? Text(mapping.HostPort is > 0 and var h ? h : port) : "" }];
            }
        }
        return ports;
    }

    public static Dictionary<string, IList<PortBinding>> ForBridgeContainer(ContainerDefinition container)
    {
        var ports = new Dictionary<string, IList<PortBinding>>(StringComparer.Ordinal);
        foreach (var mapping in container.PortMappings ?? [])
        {
            foreach (var port in ContainerPorts(mapping))
            {
                ports[Key(port, mapping)] = [new PortBinding { HostPort = mapping.HostPort is > 0 and var h && mapping.ContainerPortRange is null ? Text(h) : "" }];
            }
        }
        return ports;
    }

    /// <summary>The host ports a definition asks for by number, for the checks before anything starts.</summary>
    public static IEnumerable<(string Container, int HostPort, string Protocol)> StaticHostPorts(TaskDefinition task, bool staticPorts)
    {
        var mode = TaskRunner.NetworkModeOf(task);
        foreach (var container in task.ContainerDefinitions)
        {
            foreach (var mapping in container.PortMappings ?? [])
            {
                int? host = mode switch
                {
                    "host" => mapping.HostPort is > 0 ? mapping.HostPort : mapping.ContainerPort,
                    "awsvpc" when staticPorts => mapping.HostPort is > 0 ? mapping.HostPort : mapping.ContainerPort,
                    "bridge" when mapping.ContainerPortRange is null => mapping.HostPort is > 0 ? mapping.HostPort : null,
                    _ => null,
                };
                if (host is int port)
                {
                    yield return (container.Name ?? "", port, Protocol(mapping));
                }
            }
        }
    }

    public static IEnumerable<int> ContainerPorts(PortMapping mapping)
    {
        if (mapping.ContainerPort is int port)
        {
            return [port];
        }
        if (mapping.ContainerPortRange?.Split('-') is [var from, var to]
            && int.TryParse(from, CultureInfo.InvariantCulture, out var first) && int.TryParse(to, CultureInfo.InvariantCulture, out var last) && first <= last)
        {
            return Enumerable.Range(first, last - first + 1);
        }
        return [];
    }

    public static string Protocol(PortMapping mapping) => mapping.Protocol?.ToEcsString() ?? "tcp";

    public static string Key(int port, PortMapping mapping) => $"{Text(port)}/{Protocol(mapping)}";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
