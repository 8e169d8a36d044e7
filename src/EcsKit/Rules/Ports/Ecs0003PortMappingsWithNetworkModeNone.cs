namespace EcsKit.Rules;

/// <summary>ECS0003: port mappings in a task whose networkMode is none (its containers have no external network).</summary>
internal static class Ecs0003PortMappingsWithNetworkModeNone
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        if (HostPorts.Mode(task) != HostPorts.None)
        {
            return;
        }
        foreach (var container in task.Containers)
        {
            foreach (var mapping in container.PortMappings)
            {
                context.Report(RuleIds.PortMappingsWithNetworkModeNone, mapping.Path,
                    "Container " + PortText.Name(container) + " has a port mapping" + Describe(mapping)
                    + ", but with networkMode none the task's containers have no external network to publish it on; remove the mapping or use another network mode.");
            }
        }
    }

    private static string Describe(PortFacts mapping)
    {
        if (mapping.ContainerPort.IsKnown)
        {
            return " for container port " + HostPorts.Number(mapping.ContainerPort.Value);
        }
        return mapping.ContainerPortRange.IsKnown ? " for container ports " + mapping.ContainerPortRange.Value : "";
    }
}
