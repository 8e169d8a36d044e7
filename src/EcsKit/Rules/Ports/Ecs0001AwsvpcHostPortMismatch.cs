namespace EcsKit.Rules;

/// <summary>ECS0001: in awsvpc mode (every Fargate task) a hostPort other than the containerPort, 0 included.</summary>
internal static class Ecs0001AwsvpcHostPortMismatch
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        if (HostPorts.Mode(task) == HostPorts.Awsvpc)
        {
            HostPortMismatch.Check(task, HostPorts.Awsvpc, RuleIds.AwsvpcHostPortMismatch, context,
                "an awsvpc task has its own network interface, where the host port is always the container port");
        }
    }
}
