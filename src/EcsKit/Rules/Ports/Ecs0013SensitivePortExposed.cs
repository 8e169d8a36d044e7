using System;

namespace EcsKit.Rules;

/// <summary>
/// ECS0013 (info): a container exposes port 22 (SSH), or a privileged port (below 1024) while it runs as a known
/// non-root user without NET_BIND_SERVICE.
/// </summary>
internal static class Ecs0013SensitivePortExposed
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var mode = HostPorts.Mode(task);
        foreach (var container in task.Containers)
        {
            var nonRoot = IsKnownNonRoot(container) && !task.IsWindows && !MayBindPrivileged(container);
            foreach (var mapping in container.PortMappings)
            {
                if (!mapping.ContainerPort.IsKnown)
                {
                    continue;
                }
                var port = mapping.ContainerPort.Value;
                var who = "Container " + PortText.Name(container);
                if (port == PortData.SshPort)
                {
                    context.Report(RuleIds.SensitivePortExposed, mapping.Member("containerPort"),
                        who + " exposes port 22 (SSH); an SSH server in a task is one more process and credential to guard, so prefer ECS Exec (aws ecs execute-command) and remove the mapping.");
                }
                else if (nonRoot && port >= PortData.MinPort && port < PortData.FirstUnprivilegedPort)
                {
                    context.Report(RuleIds.SensitivePortExposed, mapping.Member("containerPort"),
                        who + " runs as non-root user " + PortText.Quote(container.User.Value) + " and exposes privileged port " + HostPorts.Number(port)
                        + ", which such a user may not be allowed to bind; listen on a port of 1024 or more (clients can still reach "
                        + HostPorts.Number(port) + " through a load balancer listener" + (mode == HostPorts.Bridge ? " or a bridge-mode hostPort" : "") + ")"
                        + (task.IsFargate ? "." : ", or add the NET_BIND_SERVICE capability."),
                        container.Member("user"));
                }
            }
        }
    }

    /// <summary>A user given and known not to be root: neither <c>root</c> nor UID 0, whatever the group.</summary>
    private static bool IsKnownNonRoot(ContainerFacts container)
    {
        if (!container.User.IsKnown)
        {
            return false;
        }
        var user = container.User.Value.Trim();
        var colon = user.IndexOf(':');
        if (colon >= 0)
        {
            user = user.Substring(0, colon);
        }
        return user.Length > 0 && !string.Equals(user, "root", StringComparison.Ordinal) && user.TrimStart('0').Length > 0;
    }

    /// <summary>Whether the container may bind privileged ports anyway: privileged, or NET_BIND_SERVICE (perhaps) added.</summary>
    private static bool MayBindPrivileged(ContainerFacts container)
    {
        if (!container.Privileged.IsAbsent && !container.Privileged.Is(false))
        {
            return true;
        }
        var linux = container.LinuxParameters;
        if (linux is null)
        {
            return false;
        }
        if (!linux.CapabilitiesAdd.IsComplete)
        {
            return true;
        }
        foreach (var capability in linux.CapabilitiesAdd)
        {
            if (!capability.IsKnown || capability.Value == "NET_BIND_SERVICE" || capability.Value == "ALL")
            {
                return true;
            }
        }
        return false;
    }
}
