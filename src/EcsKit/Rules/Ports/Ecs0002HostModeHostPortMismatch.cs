namespace EcsKit.Rules;

/// <summary>ECS0002: in host mode a hostPort other than the containerPort, 0 included.</summary>
internal static class Ecs0002HostModeHostPortMismatch
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        if (HostPorts.Mode(task) == HostPorts.Host)
        {
            HostPortMismatch.Check(task, HostPorts.Host, RuleIds.HostModeHostPortMismatch, context,
                "a host-mode container listens on the instance's network directly, so the host port is always the container port");
        }
    }
}
