namespace EcsKit.Rules;

/// <summary>
/// ECS0004: two mappings of one task take the same effective host port and protocol. In awsvpc and host mode the
/// containers share one network namespace, so this is the same container port in two containers; in bridge mode it
/// is the same static hostPort (dynamic host ports never collide). Reported on the later mapping, with the earlier one.
/// </summary>
internal static class Ecs0004HostPortMappedTwice
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var uses = HostPorts.Effective(task);
        for (var i = 1; i < uses.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (uses[i].Overlaps(uses[j]) && !IsContainerPortReuse(uses[j], uses[i]))
                {
                    context.Report(RuleIds.HostPortMappedTwiceInTask, uses[i].Path, Message(task, uses[j], uses[i]), uses[j].Path);
                    break;
                }
            }
        }
    }

    /// <summary>The same container port twice in one container: ECS0005's finding, not this rule's.</summary>
    private static bool IsContainerPortReuse(HostPortUse first, HostPortUse second)
    {
        if (!ReferenceEquals(first.Container, second.Container))
        {
            return false;
        }
        return HostPorts.TryGetContainerPorts(first.Mapping, out var a1, out var a2, out _)
            && HostPorts.TryGetContainerPorts(second.Mapping, out var b1, out var b2, out _)
            && a1 <= b2 && b1 <= a2;
    }

    private static string Message(TaskFacts task, HostPortUse first, HostPortUse second)
    {
        var mode = PortText.Mode(task, second.Mode);
        var ports = first.DescribeOverlap(second);
        if (second.Mode != HostPorts.Bridge)
        {
            var shared = second.Mode == HostPorts.Awsvpc ? "the task's containers share one network namespace" : "every container uses the instance's network";
            return "Containers " + PortText.Name(first.Container) + " and " + PortText.Name(second.Container) + " both use " + ports
                + " in " + mode + ", where " + shared + "; give one of them another port.";
        }
        var fix = "; omit hostPort on one of them for a dynamic host port, or give it another host port.";
        if (ReferenceEquals(first.Container, second.Container))
        {
            return "Container " + PortText.Name(second.Container) + " maps static host " + ports + " twice in " + mode
                + ContainerPorts(first, second) + ", and a host port can be bound only once" + fix;
        }
        return "Containers " + PortText.Name(first.Container) + " and " + PortText.Name(second.Container) + " both map static host " + ports
            + " in " + mode + ", and a host port can be bound only once" + fix;
    }

    private static string ContainerPorts(HostPortUse first, HostPortUse second) =>
        first.Mapping.ContainerPort.IsKnown && second.Mapping.ContainerPort.IsKnown
            ? " (for container ports " + HostPorts.Number(first.Mapping.ContainerPort.Value) + " and " + HostPorts.Number(second.Mapping.ContainerPort.Value) + ")"
            : "";
}
