using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>
/// ECS0010: on EC2 or External instances, tasks that publish the same static host port (bridge or host mode) cannot
/// share an instance: two services of one cluster, or copies of one service (desiredCount above 1, or a deployment
/// that starts the new task before stopping the old). A warning, as enough instances avoid it; an error when certain:
/// a DAEMON service runs on every instance the other can use, or both services are pinned to the same instances.
/// awsvpc and Fargate services are exempt (each task has its own network interface); services whose task definition
/// is unknown are skipped.
/// </summary>
internal static class Ecs0010CrossServiceHostPortConflict
{
    public static void Check(ClusterFacts cluster, RuleContext context)
    {
        var clusterName = cluster.Name.IsKnown ? cluster.Name.Value : null;
        var services = new List<PublishingService>();
        foreach (var service in cluster.Services)
        {
            var task = service.Task;
            if (task is null || !ServicePlacement.RunsOnInstances(service, task) || ServicePlacement.RunsNoTask(service))
            {
                continue;
            }
            var uses = HostPorts.OnInstance(task).FindAll(u => !u.IsRange);
            if (uses.Count > 0)
            {
                services.Add(new PublishingService(service, task, clusterName, uses));
            }
        }
        for (var b = 0; b < services.Count; b++)
        {
            for (var a = 0; a < b; a++)
            {
                CheckPair(services[a], services[b], context);
            }
            CheckCopies(services[b], context);
        }
    }

    private static void CheckPair(PublishingService first, PublishingService second, RuleContext context)
    {
        var reported = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var use in second.Uses)
        {
            var other = first.FindOverlap(use);
            if (other is null || !reported.Add(use.Describe()))
            {
                continue;
            }
            var (severity, message) = Describe(first, other, second, use);
            context.Report(RuleIds.CrossServiceHostPortConflict, severity, use.Path, message, other.Path);
        }
    }

    private static (RuleSeverity Severity, string Message) Describe(PublishingService first, HostPortUse firstUse, PublishingService second, HostPortUse secondUse)
    {
        var port = "static host port " + secondUse.Describe() + " (" + ServicePlacement.Modes(firstUse, secondUse) + ")";
        var of = first.Cluster is null ? "" : " of cluster " + PortText.Quote(first.Cluster);
        var fix = firstUse.Mode == HostPorts.Bridge && secondUse.Mode == HostPorts.Bridge
            ? "omit hostPort for a dynamic host port, or give one of them another host port."
            : "give one of them another port, or use bridge mode with dynamic host ports.";
        var firstPins = ServicePlacement.PinnedTo(first.Service, first.Task);
        var secondPins = ServicePlacement.PinnedTo(second.Service, second.Task);
        var firstCovers = Covers(first.Service, firstPins, secondPins);
        var secondCovers = Covers(second.Service, secondPins, firstPins);
        if (firstCovers && secondCovers && first.Service.IsDaemon && second.Service.IsDaemon)
        {
            return (RuleSeverity.Error, "Daemon services " + first.Name + " and " + second.Name + of + " run on the same container instances and both publish "
                + port + ", so one of them can never be placed; " + fix);
        }
        if (firstCovers || secondCovers)
        {
            var daemon = firstCovers ? first : second;
            var other = firstCovers ? second : first;
            return (RuleSeverity.Error, "Daemon service " + daemon.Name + of + " runs a task on every container instance service " + other.Name
                + " can use and publishes " + port + ", which " + other.Name + " publishes too, so " + other.Name + " can never be placed; " + fix);
        }
        if (firstPins is not null && firstPins.Count > 0 && firstPins.SetEquals(secondPins ?? new SortedSet<string>()))
        {
            return (RuleSeverity.Error, "Services " + first.Name + " and " + second.Name + of + " are pinned to the same container instances (memberOf) and both publish "
                + port + ", so each of those instances can run only one of them; " + fix);
        }
        return (RuleSeverity.Warning, "Services " + first.Name + " and " + second.Name + of + " both publish " + port
            + ", so no container instance can run tasks of both and placement fails once no instance has the port free; " + fix);
    }

    /// <summary>Whether a DAEMON service surely runs on every instance the other service may use.</summary>
    private static bool Covers(ServiceFacts service, SortedSet<string>? pins, SortedSet<string>? otherPins) =>
        service.IsDaemon && pins is not null && (pins.Count == 0 || (otherPins is not null && pins.SetEquals(otherPins)));

    /// <summary>Copies of one REPLICA service on one instance: more than one task, or a deployment that starts the new task first.</summary>
    private static void CheckCopies(PublishingService entry, RuleContext context)
    {
        var service = entry.Service;
        if (service.IsDaemon || ServicePlacement.HasDistinctInstance(service) != false || !service.DesiredCount.IsKnown)
        {
            return;
        }
        var use = entry.Uses[0];
        var ports = Ports(entry.Uses) + " (" + use.Mode + " mode)";
        var who = "Service " + entry.Name + (entry.Cluster is null ? "" : " of cluster " + PortText.Quote(entry.Cluster));
        var bridge = use.Mode == HostPorts.Bridge;
        var count = service.DesiredCount.Value;
        if (count > 1)
        {
            context.Report(RuleIds.CrossServiceHostPortConflict, use.Path,
                who + " runs " + HostPorts.Number(count) + " tasks that each publish " + ports + ", so no two of them can share a container instance; "
                + (bridge ? "omit hostPort for dynamic host ports, or " : "") + "add a distinctInstance placement constraint and keep at least " + HostPorts.Number(count) + " instances.",
                service.Member("desiredCount"));
            return;
        }
        if (count == 1 && DeploymentStartsSecondCopy(service, out var how, out var blueGreen))
        {
            var fix = blueGreen
                ? (bridge ? "omit hostPort for dynamic host ports, or keep a second instance free for deployments." : "keep a second instance free for deployments, or use bridge mode with dynamic host ports.")
                : (bridge ? "omit hostPort for dynamic host ports, or " : "") + "set minimumHealthyPercent to 0 so that the old task stops first.";
            context.Report(RuleIds.CrossServiceHostPortConflict, use.Path,
                who + " publishes " + ports + " and " + how + ", so a deployment needs a second container instance with the port free; " + fix,
                service.MaximumPercent.IsKnown ? service.Member("deploymentConfiguration.maximumPercent") : service.Path);
        }
    }

    private static bool DeploymentStartsSecondCopy(ServiceFacts service, out string how, out bool blueGreen)
    {
        how = "";
        var controller = service.DeploymentController;
        blueGreen = controller.Is("CODE_DEPLOY");
        if (blueGreen)
        {
            how = "its blue/green deployments (CODE_DEPLOY) start a replacement task next to the running one";
            return true;
        }
        if (!(controller.IsAbsent || controller.Is("ECS")) || service.MaximumPercent.IsUnknown || service.MinimumHealthyPercent.IsUnknown)
        {
            return false;
        }
        var maximum = service.MaximumPercent.Or(ServicePlacement.DefaultMaximumPercent);
        var minimum = service.MinimumHealthyPercent.Or(ServicePlacement.DefaultMinimumHealthyPercent);
        // With one task, any minimumHealthyPercent above 0 keeps the old task running until the new one is up.
        if (maximum <= 100 || minimum <= 0)
        {
            return false;
        }
        how = "its rolling deployments start the new task before stopping the old one (minimumHealthyPercent " + HostPorts.Number(minimum)
            + ", maximumPercent " + HostPorts.Number(maximum) + ")";
        return true;
    }

    private static string Ports(List<HostPortUse> uses)
    {
        var names = new List<string>();
        foreach (var use in uses)
        {
            if (!names.Contains(use.Describe()))
            {
                names.Add(use.Describe());
            }
        }
        return (names.Count == 1 ? "static host port " : "static host ports ") + string.Join(", ", names);
    }
}
