using System;

namespace EcsKit.Rules;

/// <summary>
/// ECS0086: a privileged container, the host's PID namespace, a root (or unset) user in host network mode (warnings),
/// and a writable root filesystem (info).
/// </summary>
internal static class Ecs0086PrivilegedOrHostAccess
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        // On Fargate privileged and pidMode host are ECS0072's findings; Windows containers have no read-only root filesystem.
        var reportUnsupported = !task.IsFargate;
        if (reportUnsupported && task.PidMode.Is("host"))
        {
            context.Report(
                RuleIds.PrivilegedOrHostAccess,
                task.Member("pidMode"),
                "Task definition '" + task.Family.Or("?") + "' shares the host's process namespace (pidMode host), so its containers see and can signal every process on the instance; use pidMode task or leave it unset.");
        }
        var hostNetwork = task.EffectiveNetworkMode.Is("host");
        foreach (var container in task.Containers)
        {
            var name = container.Name.Or("?");
            if (reportUnsupported && container.Privileged.Is(true))
            {
                context.Report(
                    RuleIds.PrivilegedOrHostAccess,
                    container.Member("privileged"),
                    "Container '" + name + "' is privileged, so it has root access to the host's devices and kernel; remove privileged and add only the capabilities it needs.");
            }
            if (hostNetwork && RunsAsRoot(container.User))
            {
                context.Report(
                    RuleIds.PrivilegedOrHostAccess,
                    container.User.IsKnown ? container.Member("user") : container.Path,
                    "Container '" + name + "' uses the host network "
                    + (container.User.IsKnown && container.User.Value.Trim().Length > 0 ? "as root" : "without a user, so it likely runs as root")
                    + ", which lets it bind any host port and reach the instance's network as root; set user to a non-root user.",
                    task.Member("networkMode"));
            }
            if (!task.IsWindows && !container.ReadonlyRootFilesystem.IsUnknown && !container.ReadonlyRootFilesystem.Is(true))
            {
                context.Report(
                    RuleIds.PrivilegedOrHostAccess,
                    RuleSeverity.Info,
                    container.ReadonlyRootFilesystem.IsKnown ? container.Member("readonlyRootFilesystem") : container.Path,
                    "Container '" + name + "' can write to its root filesystem; set readonlyRootFilesystem to true and mount volumes where it must write.");
            }
        }
    }

    /// <summary>root or uid 0 (with any group), or no user at all (the image's user, root unless the image says otherwise).</summary>
    private static bool RunsAsRoot(Fact<string> user)
    {
        if (user.IsAbsent)
        {
            return true;
        }
        if (!user.IsKnown)
        {
            return false;
        }
        var text = user.Value.Trim();
        var colon = text.IndexOf(':');
        var name = colon >= 0 ? text.Substring(0, colon) : text;
        return name.Length == 0 || IsRootName(name);
    }

    private static bool IsRootName(string name)
    {
        foreach (var root in SecurityLimits.RootUsers)
        {
            if (string.Equals(name, root, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
