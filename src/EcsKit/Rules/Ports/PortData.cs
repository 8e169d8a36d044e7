using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>The port numbers and limits the port rules check against, in one place.</summary>
internal static class PortData
{
    public const int MinPort = 1;

    public const int MaxPort = 65535;

    /// <summary>Ports from here up are where ephemeral (dynamic) port ranges usually start.</summary>
    public const int EphemeralStart = 32768;

    /// <summary>The ephemeral range Docker and ECS fall back to on Linux when the kernel does not say.</summary>
    public const int LinuxEphemeralFirst = 49153;

    /// <summary>Ports below this are privileged: binding them needs root or NET_BIND_SERVICE.</summary>
    public const int FirstUnprivilegedPort = 1024;

    public const int SshPort = 22;

    /// <summary>Port ranges (<c>containerPortRange</c>) one container may map.</summary>
    public const int MaxRangesPerContainer = 100;

    /// <summary>Reserved host ports one container instance holds at a time, its own reserved ports included.</summary>
    public const int InstancePortLimit = 100;

    /// <summary>
    /// The host ports the ECS container agent reserves on every instance by default (ECS_RESERVED_PORTS), with what
    /// uses them. The agent reserves them for TCP; its UDP list (ECS_RESERVED_PORTS_UDP) is empty by default.
    /// </summary>
    public static IReadOnlyDictionary<int, string> DefaultReservedPorts { get; } = new Dictionary<int, string>
    {
        [22] = "SSH",
        [2375] = "the Docker daemon",
        [2376] = "the Docker daemon over TLS",
        [51678] = "the ECS container agent",
        [51679] = "the ECS container agent",
        [51680] = "the ECS container agent",
    };

    /// <summary>Every reserved TCP host port: ECS's own and those the options add.</summary>
    public static HashSet<int> ReservedPorts(RuleOptions options)
    {
        var ports = new HashSet<int>(DefaultReservedPorts.Keys);
        foreach (var port in options.ReservedHostPorts)
        {
            ports.Add(port);
        }
        return ports;
    }
}
