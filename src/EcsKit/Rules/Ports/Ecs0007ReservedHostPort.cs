namespace EcsKit.Rules;

/// <summary>
/// ECS0007: a static host port (bridge or host mode) that the container instance reserves: 22, 2375, 2376,
/// 51678-51680, or one of <see cref="RuleOptions.ReservedHostPorts"/>. The agent reserves these for TCP only.
/// </summary>
internal static class Ecs0007ReservedHostPort
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var reserved = PortData.ReservedPorts(context.Options);
        foreach (var use in HostPorts.OnInstance(task))
        {
            if (use.IsRange || use.Protocol != "tcp" || !reserved.Contains(use.First))
            {
                continue;
            }
            var owner = PortData.DefaultReservedPorts.TryGetValue(use.First, out var name)
                ? "ECS reserves on every container instance for " + name
                : "the container instances reserve (ReservedHostPorts, the agent's ECS_RESERVED_PORTS)";
            var fix = use.Mode == HostPorts.Bridge
                ? "omit hostPort for a dynamic host port, or pick another host port."
                : "listen on another port, or use bridge mode with a dynamic host port.";
            context.Report(RuleIds.ReservedHostPort, use.Path,
                "Container " + PortText.Name(use.Container) + " maps static host port " + use.Describe() + " in " + PortText.Mode(task, use.Mode)
                + ", which " + owner + ", so its tasks can never be placed; " + fix);
        }
    }
}
