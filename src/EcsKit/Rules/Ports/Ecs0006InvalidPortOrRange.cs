namespace EcsKit.Rules;

/// <summary>
/// ECS0006: a containerPort or hostPort outside 1-65535 (hostPort 0, a dynamic port, is fine in bridge mode; in awsvpc
/// and host mode ECS0001/ECS0002 report it), or a containerPortRange ECS rejects: malformed, outside 1-65535, first not
/// below last, outside bridge and awsvpc mode, with a hostPort, or more than 100 of them in one container.
/// </summary>
internal static class Ecs0006InvalidPortOrRange
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var mode = HostPorts.Mode(task);
        foreach (var container in task.Containers)
        {
            var who = "Container " + PortText.Name(container);
            var ranges = 0;
            foreach (var mapping in container.PortMappings)
            {
                CheckPorts(mapping, who, context);
                if (mapping.ContainerPortRange.IsAbsent)
                {
                    continue;
                }
                ranges++;
                if (ranges == PortData.MaxRangesPerContainer + 1)
                {
                    context.Report(RuleIds.InvalidPortOrRange, mapping.Member("containerPortRange"),
                        who + " maps more than " + HostPorts.Number(PortData.MaxRangesPerContainer)
                        + " container port ranges, the most ECS allows per container; merge adjacent ranges into fewer, wider ones.");
                }
                CheckRange(task, mode, mapping, who, context);
            }
        }
    }

    private static void CheckPorts(PortFacts mapping, string who, RuleContext context)
    {
        if (mapping.ContainerPort.IsKnown && !HostPorts.IsValidPort(mapping.ContainerPort.Value))
        {
            context.Report(RuleIds.InvalidPortOrRange, mapping.Member("containerPort"),
                who + " maps containerPort " + HostPorts.Number(mapping.ContainerPort.Value) + ", but ports run from 1 to 65535; use the port the process listens on.");
        }
        var host = mapping.HostPort;
        if (host.IsKnown && (host.Value < 0 || host.Value > PortData.MaxPort))
        {
            context.Report(RuleIds.InvalidPortOrRange, mapping.Member("hostPort"),
                who + " maps hostPort " + HostPorts.Number(host.Value)
                + ", but host ports run from 1 to 65535; pick a port in that range, or in bridge mode omit hostPort (or set 0) for a dynamic port.");
        }
    }

    private static void CheckRange(TaskFacts task, string? mode, PortFacts mapping, string who, RuleContext context)
    {
        var path = mapping.Member("containerPortRange");
        var range = mapping.ContainerPortRange;
        if (range.IsKnown)
        {
            var text = PortText.Quote(range.Value);
            if (!HostPorts.TryParseRange(range.Value, out var first, out var last))
            {
                context.Report(RuleIds.InvalidPortOrRange, path,
                    who + " has containerPortRange " + text + ", which is not a range of the form first-last such as '8000-8010'; write it that way.");
            }
            else if (!HostPorts.IsValidPort(first) || !HostPorts.IsValidPort(last))
            {
                context.Report(RuleIds.InvalidPortOrRange, path,
                    who + " has containerPortRange " + text + ", but ports run from 1 to 65535; keep the range within them.");
            }
            else if (first >= last)
            {
                context.Report(RuleIds.InvalidPortOrRange, path,
                    who + " has containerPortRange " + text + ", but the first port of a range must be lower than the last; write it low-high, or map a single port with containerPort.");
            }
        }
        // With networkMode none ECS0003 already asks to remove every mapping.
        if (mode is not null && mode != HostPorts.Bridge && mode != HostPorts.Awsvpc && mode != HostPorts.None)
        {
            context.Report(RuleIds.InvalidPortOrRange, path,
                who + " maps a containerPortRange in " + PortText.Mode(task, mode)
                + ", but port ranges work only in bridge and awsvpc mode; map single ports with containerPort, or change the network mode.");
        }
        if (!mapping.HostPort.IsAbsent)
        {
            context.Report(RuleIds.InvalidPortOrRange, mapping.Member("hostPort"),
                who + " sets hostPort next to a containerPortRange, but ECS chooses the host ports of a range itself (the same ports in awsvpc mode, dynamic ones in bridge mode); omit hostPort.");
        }
    }
}
