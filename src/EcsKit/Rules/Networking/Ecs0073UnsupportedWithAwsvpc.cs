namespace EcsKit.Rules;

/// <summary>ECS0073: hostname, dnsServers, dnsSearchDomains or extraHosts in awsvpc mode.</summary>
internal static class Ecs0073UnsupportedWithAwsvpc
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        if (!task.EffectiveNetworkMode.Is("awsvpc"))
        {
            return;
        }
        foreach (var container in task.Containers)
        {
            if (!container.Hostname.IsAbsent)
            {
                Report(context, task, container, "hostname");
            }
            // On Fargate the three lists are ECS0072's finding.
            if (task.IsFargate)
            {
                continue;
            }
            if (container.DnsServers.Count > 0)
            {
                Report(context, task, container, "dnsServers");
            }
            if (container.DnsSearchDomains.Count > 0)
            {
                Report(context, task, container, "dnsSearchDomains");
            }
            if (container.ExtraHosts.Count > 0)
            {
                Report(context, task, container, "extraHosts");
            }
        }
    }

    private static void Report(RuleContext context, TaskFacts task, ContainerFacts container, string member) =>
        context.Report(
            RuleIds.UnsupportedWithAwsvpc,
            container.Member(member),
            "Container '" + container.Name.Or("?") + "' sets " + member
            + ", which ECS rejects in awsvpc mode (the task's network interface comes from the VPC); "
            + (task.IsFargate ? "remove it." : "remove it, or use bridge or host mode."),
            task.NetworkMode.IsKnown ? new[] { task.Member("networkMode") } : System.Array.Empty<string>());
}
