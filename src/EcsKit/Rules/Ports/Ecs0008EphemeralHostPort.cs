namespace EcsKit.Rules;

/// <summary>
/// ECS0008: a static host port (bridge or host mode) of 32768 or more, where ephemeral port ranges start; 49153-65535
/// is the range Docker and ECS assign dynamic host ports from on Linux by default. Reserved ports are ECS0007's.
/// </summary>
internal static class Ecs0008EphemeralHostPort
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var reserved = PortData.ReservedPorts(context.Options);
        foreach (var use in HostPorts.OnInstance(task))
        {
            if (use.IsRange || use.First < PortData.EphemeralStart || (use.Protocol == "tcp" && reserved.Contains(use.First)))
            {
                continue;
            }
            var where = use.First >= PortData.LinuxEphemeralFirst
                ? ", inside 49153-65535, the Linux ephemeral range Docker and ECS take dynamic host ports from, so a clash with another task's port is likely"
                : ", at or above 32768 where ephemeral port ranges start (49153-65535, Linux's default range for dynamic host ports, is where a clash is likelier)";
            var fix = use.Mode == HostPorts.Bridge
                ? "omit hostPort for a dynamic host port, or pick a host port below 32768."
                : "listen on a port below 32768.";
            context.Report(RuleIds.EphemeralHostPort, use.Path,
                "Container " + PortText.Name(use.Container) + " maps static host port " + use.Describe() + " in " + PortText.Mode(task, use.Mode)
                + where + "; " + fix);
        }
    }
}
