using System;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>
/// ECS0072: a parameter Fargate does not support, one finding per parameter at its path: disableNetworking,
/// dnsSearchDomains, dnsServers, dockerSecurityOptions, extraHosts, a GPU requirement, ipcMode, links, task
/// placementConstraints, privileged, maxSwap, swappiness, devices, sharedMemorySize, tmpfs, added capabilities other
/// than SYS_PTRACE, dockerVolumeConfiguration volumes and a pidMode other than task.
/// </summary>
/// <remarks>
/// A parameter given with an unknown value is still given; privileged and disableNetworking count only when known true.
/// </remarks>
internal static class Ecs0072UnsupportedOnFargate
{
    private const string Fix = "; remove it or run the task on EC2.";

    public static void Check(TaskFacts task, RuleContext context)
    {
        if (!task.IsFargate)
        {
            return;
        }
        var family = "Task definition '" + task.Family.Or("?") + "'";
        if (!task.IpcMode.IsAbsent)
        {
            Report(context, task.Member("ipcMode"), family + " sets ipcMode, which Fargate does not support" + Fix);
        }
        if (task.PidMode.IsKnown && task.PidMode.Value != NetworkingLimits.FargatePidMode)
        {
            Report(context, task.Member("pidMode"),
                family + " sets pidMode '" + task.PidMode.Value + "', but Fargate supports only pidMode task; use task or run the task on EC2.");
        }
        if (task.PlacementConstraints.Count > 0)
        {
            Report(context, task.Member("placementConstraints"), family + " has placementConstraints, which Fargate does not support" + Fix);
        }
        foreach (var volume in task.Volumes)
        {
            if (volume.HasDockerVolumeConfiguration)
            {
                Report(context, volume.Path + ".dockerVolumeConfiguration",
                    "Volume '" + volume.Name.Or("?") + "' uses dockerVolumeConfiguration, which Fargate does not support; use an EFS volume or a bind mount, or run the task on EC2.");
            }
        }
        foreach (var container in task.Containers)
        {
            CheckContainer(container, context);
        }
    }

    private static void CheckContainer(ContainerFacts c, RuleContext context)
    {
        var name = "Container '" + c.Name.Or("?") + "'";
        if (c.DisableNetworking.Is(true))
        {
            Report(context, c.Member("disableNetworking"), name + " sets disableNetworking, which Fargate does not support" + Fix);
        }
        if (c.Privileged.Is(true))
        {
            Report(context, c.Member("privileged"), name + " is privileged, which Fargate does not support" + Fix);
        }
        List(context, c, c.DnsSearchDomains, "dnsSearchDomains");
        List(context, c, c.DnsServers, "dnsServers");
        List(context, c, c.DockerSecurityOptions, "dockerSecurityOptions");
        List(context, c, c.ExtraHosts, "extraHosts");
        List(context, c, c.Links, "links");
        foreach (var requirement in c.ResourceRequirements)
        {
            if (requirement.Name.Is("GPU"))
            {
                Report(context, requirement.Path, name + " requests a GPU, which Fargate does not offer; run the task on EC2 instances with GPUs.");
            }
        }
        var linux = c.LinuxParameters;
        if (linux is null)
        {
            return;
        }
        if (!linux.MaxSwap.IsAbsent)
        {
            Report(context, linux.Member("maxSwap"), name + " sets maxSwap, which Fargate does not support" + Fix);
        }
        if (!linux.Swappiness.IsAbsent)
        {
            Report(context, linux.Member("swappiness"), name + " sets swappiness, which Fargate does not support" + Fix);
        }
        if (!linux.SharedMemorySize.IsAbsent)
        {
            Report(context, linux.Member("sharedMemorySize"), name + " sets sharedMemorySize, which Fargate does not support" + Fix);
        }
        if (linux.DeviceCount > 0)
        {
            Report(context, linux.Member("devices"), name + " maps host devices, which Fargate does not support" + Fix);
        }
        if (linux.TmpfsCount > 0)
        {
            Report(context, linux.Member("tmpfs"), name + " mounts tmpfs, which Fargate does not support; use the task's ephemeral storage or run the task on EC2.");
        }
        var added = linux.CapabilitiesAdd
            .Where(cap => cap.IsKnown && !NetworkingLimits.IsOneOf(cap.Value, NetworkingLimits.FargateAddableCapabilities, StringComparison.OrdinalIgnoreCase))
            .Select(cap => "'" + cap.Value + "'")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (added.Count > 0)
        {
            Report(context, linux.Member("capabilities") + ".add",
                name + " adds " + (added.Count == 1 ? "capability " : "capabilities ") + string.Join(", ", added)
                + ", but Fargate lets a container add only SYS_PTRACE; remove " + (added.Count == 1 ? "it" : "them") + " or run the task on EC2.");
        }
    }

    private static void List(RuleContext context, ContainerFacts c, FactList<Fact<string>> values, string member)
    {
        if (values.Count > 0)
        {
            Report(context, c.Member(member), "Container '" + c.Name.Or("?") + "' sets " + member + ", which Fargate does not support" + Fix);
        }
    }

    private static void Report(RuleContext context, string path, string message) =>
        context.Report(RuleIds.UnsupportedOnFargate, path, message);
}
