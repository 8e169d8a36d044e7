using System;
using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>
/// ECS0005: one container maps a container port twice, whatever the protocols (ECS cannot expose one container port
/// for several protocols), or its containerPortRanges overlap each other or a single port. Reported on the later mapping.
/// </summary>
internal static class Ecs0005ContainerPortReused
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            var seen = new List<Exposed>();
            foreach (var mapping in container.PortMappings)
            {
                if (!HostPorts.TryGetContainerPorts(mapping, out var first, out var last, out var isRange))
                {
                    continue;
                }
                var current = new Exposed(mapping, first, last, isRange);
                foreach (var earlier in seen)
                {
                    if (earlier.First <= current.Last && current.First <= earlier.Last)
                    {
                        context.Report(RuleIds.ContainerPortReused, current.Path, Message(container, earlier, current), earlier.Path);
                        break;
                    }
                }
                seen.Add(current);
            }
        }
    }

    private static string Message(ContainerFacts container, Exposed earlier, Exposed current)
    {
        var who = "Container " + PortText.Name(container);
        if (!earlier.IsRange && !current.IsRange)
        {
            var port = HostPorts.Number(current.First);
            var p1 = HostPorts.Protocol(earlier.Mapping);
            var p2 = HostPorts.Protocol(current.Mapping);
            if (p1 is not null && p2 is not null && !string.Equals(p1, p2, StringComparison.Ordinal))
            {
                return who + " maps container port " + port + " for both " + p1 + " and " + p2
                    + ", but ECS cannot expose one container port for several protocols; keep one of the mappings or listen on another port.";
            }
            return who + " maps container port " + port + " twice; a container port can be in only one mapping, so remove the duplicate.";
        }
        var from = Math.Max(earlier.First, current.First);
        var to = Math.Min(earlier.Last, current.Last);
        var ports = from == to ? "port " + HostPorts.Number(from) : "ports " + HostPorts.Number(from) + "-" + HostPorts.Number(to);
        return who + " maps container " + ports + " in two mappings (" + earlier.Describe() + " and " + current.Describe()
            + "); a port can be in only one mapping of a container and ranges cannot overlap, so remove the overlap.";
    }

    private sealed class Exposed
    {
        public Exposed(PortFacts mapping, int first, int last, bool isRange)
        {
            Mapping = mapping;
            First = first;
            Last = last;
            IsRange = isRange;
        }

        public PortFacts Mapping { get; }

        public int First { get; }

        public int Last { get; }

        public bool IsRange { get; }

        public string Path => Mapping.Member(IsRange ? "containerPortRange" : "containerPort");

        public string Describe() => IsRange
            ? "range " + HostPorts.Number(First) + "-" + HostPorts.Number(Last)
            : "port " + HostPorts.Number(First);
    }
}
