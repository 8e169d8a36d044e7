namespace EcsKit.Rules;

/// <summary>ECS0038 (off by default): a container without a hard memory limit.</summary>
internal static class Ecs0038NoHardMemoryLimit
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            if (container.Memory.IsAbsent)
            {
                context.Report(RuleIds.NoHardMemoryLimit, container.Member("memory"),
                    "Container " + RuleText.Container(container) + " has no hard memory limit, so it can take all the memory of its task or instance from the other containers; "
                    + "set memory to cap it.");
            }
        }
    }
}
