using System;
using System.Collections.Generic;
using System.Globalization;

namespace EcsKit.Rules;

/// <summary>
/// One port mapping's effective host ports: the host ports (on the instance, or on the task's network namespace in
/// awsvpc) that the mapping takes, with its protocol.
/// </summary>
internal sealed class HostPortUse
{
    public HostPortUse(ContainerFacts container, PortFacts mapping, string mode, string protocol, int first, int last, bool isRange, string path)
    {
        Container = container;
        Mapping = mapping;
        Mode = mode;
        Protocol = protocol;
        First = first;
        Last = last;
        IsRange = isRange;
        Path = path;
    }

    public ContainerFacts Container { get; }

    public PortFacts Mapping { get; }

    /// <summary>The task's network mode in effect: bridge, host or awsvpc.</summary>
    public string Mode { get; }

    /// <summary>tcp or udp, lower case.</summary>
    public string Protocol { get; }

    public int First { get; }

    public int Last { get; }

    /// <summary>True for a <c>containerPortRange</c> mapping.</summary>
    public bool IsRange { get; }

    /// <summary>The JSON path of the value that sets the host port: <c>hostPort</c>, <c>containerPort</c> or <c>containerPortRange</c>.</summary>
    public string Path { get; }

    /// <summary>Whether the instance reserves the port for the task (bridge and host mode; awsvpc tasks have their own network interface).</summary>
    public bool OnInstance => Mode == HostPorts.Bridge || Mode == HostPorts.Host;

    public bool Overlaps(HostPortUse other) =>
        string.Equals(Protocol, other.Protocol, StringComparison.Ordinal) && First <= other.Last && other.First <= Last;

    /// <summary>Such as <c>8080/tcp</c> or <c>8000-8010/tcp</c>.</summary>
    public string Describe() => HostPorts.Describe(First, Last, Protocol);

    /// <summary>The ports both take, such as <c>port 8080/tcp</c> or <c>ports 8005-8010/tcp</c>.</summary>
    public string DescribeOverlap(HostPortUse other)
    {
        var first = Math.Max(First, other.First);
        var last = Math.Min(Last, other.Last);
        return (first == last ? "port " : "ports ") + HostPorts.Describe(first, last, Protocol);
    }
}

/// <summary>
/// The effective host port of a mapping. Bridge mode: an explicit hostPort above 0 (0 or none is a dynamic port, which
/// never conflicts; a containerPortRange gets dynamic host ports too). Host and awsvpc mode: the container port
/// (hostPort may only repeat it; a hostPort that differs is ECS0001/ECS0002's finding, and the process still listens on
/// the container port); an awsvpc containerPortRange takes the same host ports. Only known values count.
/// </summary>
internal static class HostPorts
{
    public const string Bridge = "bridge";
    public const string Host = "host";
    public const string Awsvpc = "awsvpc";
    public const string None = "none";

    /// <summary>The task's network mode in effect when known (awsvpc for Fargate, bridge when absent on Linux), else null.</summary>
    public static string? Mode(TaskFacts task)
    {
        var mode = task.EffectiveNetworkMode;
        return mode.IsKnown ? mode.Value : null;
    }

    /// <summary>The protocol in effect (tcp when absent), lower case; null when unknown.</summary>
    public static string? Protocol(PortFacts mapping)
    {
        var protocol = mapping.EffectiveProtocol;
        return protocol.IsKnown ? protocol.Value.ToLowerInvariant() : null;
    }

    public static bool IsValidPort(int port) => port >= PortData.MinPort && port <= PortData.MaxPort;

    /// <summary>Parses a <c>containerPortRange</c> such as <c>8000-8010</c> (any numbers; validity is the caller's).</summary>
    public static bool TryParseRange(string text, out int first, out int last)
    {
        first = 0;
        last = 0;
        var dash = text.IndexOf('-');
        return dash >= 0
            && TryParsePort(text.Substring(0, dash), out first)
            && TryParsePort(text.Substring(dash + 1), out last);
    }

    /// <summary>A known, well-formed range of valid ports, first below last.</summary>
    public static bool TryGetValidRange(PortFacts mapping, out int first, out int last)
    {
        first = 0;
        last = 0;
        return mapping.ContainerPortRange.IsKnown
            && TryParseRange(mapping.ContainerPortRange.Value, out first, out last)
            && IsValidPort(first) && IsValidPort(last) && first < last;
    }

    /// <summary>The container ports a mapping exposes when known: its containerPort, or its containerPortRange.</summary>
    public static bool TryGetContainerPorts(PortFacts mapping, out int first, out int last, out bool isRange)
    {
        isRange = false;
        if (mapping.ContainerPort.IsKnown)
        {
            first = last = mapping.ContainerPort.Value;
            return IsValidPort(first);
        }
        if (mapping.ContainerPort.IsAbsent && TryGetValidRange(mapping, out first, out last))
        {
            isRange = true;
            return true;
        }
        first = last = 0;
        return false;
    }

    /// <summary>Every mapping of the task whose effective host ports are known, in bridge, host or awsvpc mode.</summary>
    public static List<HostPortUse> Effective(TaskFacts task)
    {
        var uses = new List<HostPortUse>();
        var mode = Mode(task);
        if (mode != Bridge && mode != Host && mode != Awsvpc)
        {
            return uses;
        }
        foreach (var container in task.Containers)
        {
            foreach (var mapping in container.PortMappings)
            {
                var use = Of(container, mapping, mode);
                if (use is not null)
                {
                    uses.Add(use);
                }
            }
        }
        return uses;
    }

    /// <summary>The static host ports the container instance reserves for the task: bridge and host mode only.</summary>
    public static List<HostPortUse> OnInstance(TaskFacts task) => Effective(task).FindAll(u => u.OnInstance);

    private static HostPortUse? Of(ContainerFacts container, PortFacts mapping, string mode)
    {
        var protocol = Protocol(mapping);
        if (protocol is null)
        {
            return null;
        }
        if (mode == Bridge)
        {
            // Absent or 0 is a dynamic port; a range always gets dynamic host ports.
            return mapping.HostPort.IsKnown && IsValidPort(mapping.HostPort.Value)
                ? new HostPortUse(container, mapping, mode, protocol, mapping.HostPort.Value, mapping.HostPort.Value, false, mapping.Member("hostPort"))
                : null;
        }
        if (mapping.ContainerPort.IsKnown)
        {
            var port = mapping.ContainerPort.Value;
            if (!IsValidPort(port))
            {
                return null;
            }
            var path = mapping.HostPort.Is(port) ? mapping.Member("hostPort") : mapping.Member("containerPort");
            return new HostPortUse(container, mapping, mode, protocol, port, port, false, path);
        }
        // An awsvpc range takes the same host ports; host mode has no ranges (ECS0006).
        if (mode == Awsvpc && mapping.ContainerPort.IsAbsent && TryGetValidRange(mapping, out var first, out var last))
        {
            return new HostPortUse(container, mapping, mode, protocol, first, last, true, mapping.Member("containerPortRange"));
        }
        return null;
    }

    /// <summary>Such as <c>8080/tcp</c> or <c>8000-8010/tcp</c>.</summary>
    public static string Describe(int first, int last, string protocol) =>
        (first == last ? Number(first) : Number(first) + "-" + Number(last)) + "/" + protocol;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool TryParsePort(string text, out int port)
    {
        var trimmed = text.Trim();
        port = 0;
        if (trimmed.Length == 0 || trimmed.Length > 9)
        {
            return false;
        }
        foreach (var c in trimmed)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        port = int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }
}
