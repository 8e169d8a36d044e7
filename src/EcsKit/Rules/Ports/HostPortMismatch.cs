namespace EcsKit.Rules;

/// <summary>What ECS0001 and ECS0002 share: in awsvpc and host mode hostPort may only be left out or repeat containerPort.</summary>
internal static class HostPortMismatch
{
    public static void Check(TaskFacts task, string mode, string id, RuleContext context, string reason)
    {
        foreach (var container in task.Containers)
        {
            foreach (var mapping in container.PortMappings)
            {
                var host = mapping.HostPort;
                // Out-of-range values are ECS0006's; a hostPort next to a containerPortRange too.
                if (!host.IsKnown || host.Value < 0 || host.Value > PortData.MaxPort || !mapping.ContainerPortRange.IsAbsent)
                {
                    continue;
                }
                var containerPort = mapping.ContainerPort;
                var where = "Container " + PortText.Name(container);
                if (host.Value == 0)
                {
                    // 0 asks for a dynamic port, which only bridge mode has; it can never equal a valid container port.
                    context.Report(id, mapping.Member("hostPort"),
                        where + " sets hostPort 0 (a dynamic port) in " + PortText.Mode(task, mode) + ", but " + reason + "; omit hostPort.");
                }
                else if (containerPort.IsKnown && HostPorts.IsValidPort(containerPort.Value) && containerPort.Value != host.Value)
                {
                    context.Report(id, mapping.Member("hostPort"),
                        where + " maps containerPort " + HostPorts.Number(containerPort.Value) + " to hostPort " + HostPorts.Number(host.Value)
                        + " in " + PortText.Mode(task, mode) + ", but " + reason + "; omit hostPort or set it to " + HostPorts.Number(containerPort.Value) + ".");
                }
            }
        }
    }
}
