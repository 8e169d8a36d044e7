using System;
using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>
/// ECS0011 (local Docker profile only): on the local Docker host every service of every cluster shares one host, so two
/// services, or two replicas of one, cannot publish the same host port and protocol. Bridge mode publishes its static
/// hostPorts; host mode publishes its container ports; awsvpc publishes them too when the local target is asked for
/// static ports (RuleOptions.LocalStaticAwsvpcPorts; the analyzers cannot know, so they assume it).
/// </summary>
internal static class Ecs0011LocalHostPortConflict
{
    public static void Check(AppFacts app, RuleContext context)
    {
        if (!context.Options.IsEnabled(RuleCatalog.Get(RuleIds.LocalHostPortConflict)))
        {
            return;
        }
        var services = new List<PublishingService>();
        foreach (var cluster in app.Clusters)
        {
            var name = cluster.Name.IsKnown ? cluster.Name.Value : null;
            foreach (var service in cluster.Services)
            {
                if (service.Task is null || ServicePlacement.RunsNoTask(service))
                {
                    continue;
                }
                var uses = HostPorts.Effective(service.Task);
                if (!context.Options.LocalStaticAwsvpcPorts)
                {
                    uses = uses.FindAll(u => u.Mode != HostPorts.Awsvpc);
                }
                if (uses.Count > 0)
                {
                    services.Add(new PublishingService(service, service.Task, name, uses));
                }
            }
        }
        for (var b = 0; b < services.Count; b++)
        {
            for (var a = 0; a < b; a++)
            {
                CheckPair(services[a], services[b], context);
            }
            CheckReplicas(services[b], context);
        }
    }

    private const string Fix = "; remap one of them to another host port, or publish the port dynamically.";

    private static void CheckPair(PublishingService first, PublishingService second, RuleContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var use in second.Uses)
        {
            var other = first.FindOverlap(use);
            if (other is null)
            {
                continue;
            }
            var ports = other.DescribeOverlap(use);
            if (!reported.Add(ports))
            {
                continue;
            }
            var sameCluster = string.Equals(first.Cluster, second.Cluster, StringComparison.Ordinal)
                && !string.Equals(first.Name, second.Name, StringComparison.Ordinal);
            var names = sameCluster
                ? first.Name + " and " + second.Name
                : Label(first) + " and " + Label(second);
            context.Report(RuleIds.LocalHostPortConflict, use.Path,
                "On the local Docker host every service shares one host, and services " + names + " both publish host " + ports
                + " (" + ServicePlacement.Modes(other, use) + ")" + Fix,
                other.Path);
        }
    }

    private static void CheckReplicas(PublishingService entry, RuleContext context)
    {
        var service = entry.Service;
        if (service.IsDaemon || !service.DesiredCount.IsKnown || service.DesiredCount.Value < 2)
        {
            return;
        }
        var use = entry.Uses[0];
        context.Report(RuleIds.LocalHostPortConflict, use.Path,
            "On the local Docker host every service shares one host, and service " + entry.Name + " runs " + HostPorts.Number(service.DesiredCount.Value)
            + " replicas that each publish host " + (use.IsRange ? "ports " : "port ") + use.Describe() + " (" + use.Mode + " mode), so only one can bind it; publish the port dynamically, or run one replica locally.",
            service.Member("desiredCount"));
    }

    private static string Label(PublishingService entry) =>
        entry.Cluster is null ? entry.Name : entry.Name + " (cluster " + PortText.Quote(entry.Cluster) + ")";
}
