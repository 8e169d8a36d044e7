using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>
/// ECS0012: a load balancer of the service names a container its task definition does not have, or a containerPort
/// that container does not map. Whether the target group's target type (instance or ip) suits the network mode cannot
/// be known from an ARN, so that is not checked.
/// </summary>
internal static class Ecs0012LoadBalancerMismatch
{
    public static void Check(ServiceFacts service, TaskFacts? task, RuleContext context)
    {
        if (task is null)
        {
            return;
        }
        foreach (var balancer in service.LoadBalancers)
        {
            if (!balancer.ContainerName.IsKnown)
            {
                continue;
            }
            var name = balancer.ContainerName.Value;
            var container = Find(task, name, out var allNamesKnown);
            if (container is null)
            {
                if (allNamesKnown)
                {
                    context.Report(RuleIds.LoadBalancerMismatch, balancer.Member("containerName"),
                        "Service " + PortText.Name(service) + " registers container " + PortText.Quote(name) + " with its load balancer, but "
                        + Lower(PortText.Task(task)) + " has no such container" + Names(task) + "; name one of its containers.");
                }
                continue;
            }
            CheckPort(service, balancer, container, context);
        }
    }

    private static void CheckPort(ServiceFacts service, LoadBalancerFacts balancer, ContainerFacts container, RuleContext context)
    {
        if (!balancer.ContainerPort.IsKnown || !container.PortMappings.IsComplete)
        {
            return;
        }
        var port = balancer.ContainerPort.Value;
        var mapped = new List<string>();
        foreach (var mapping in container.PortMappings)
        {
            if (!HostPorts.TryGetContainerPorts(mapping, out var first, out var last, out _))
            {
                // A mapping whose port is not known may be the one.
                if (!mapping.ContainerPort.IsKnown)
                {
                    return;
                }
                continue;
            }
            if (first <= port && port <= last)
            {
                return;
            }
            mapped.Add(first == last ? HostPorts.Number(first) : HostPorts.Number(first) + "-" + HostPorts.Number(last));
        }
        var maps = mapped.Count == 0 ? "maps no port" : "maps only " + string.Join(", ", mapped);
        context.Report(RuleIds.LoadBalancerMismatch, balancer.Member("containerPort"),
            "Service " + PortText.Name(service) + " sends load balancer traffic to port " + HostPorts.Number(port) + " of container " + PortText.Name(container)
            + ", but that container " + maps + "; add a port mapping for " + HostPorts.Number(port) + " or register a port it maps.",
            container.Member("portMappings"));
    }

    private static ContainerFacts? Find(TaskFacts task, string name, out bool allNamesKnown)
    {
        allNamesKnown = task.Containers.IsComplete;
        foreach (var container in task.Containers)
        {
            if (container.Name.Is(name))
            {
                return container;
            }
            allNamesKnown &= container.Name.IsKnown;
        }
        return null;
    }

    private static string Names(TaskFacts task)
    {
        var names = new List<string>();
        foreach (var container in task.Containers)
        {
            names.Add(PortText.Quote(container.Name.Value));
        }
        return names.Count == 0 ? "" : " (it has " + string.Join(", ", names) + ")";
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);
}
