namespace EcsKit.Rules;

/// <summary>ECS0036: a task definition for EC2 without task memory, with a container that gives neither memory nor memoryReservation.</summary>
internal static class Ecs0036NoMemoryOnEc2
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        if (!task.Memory.IsAbsent || !LaunchTypes.IsKnownNotFargate(task))
        {
            return;
        }
        foreach (var container in task.Containers)
        {
            if (container.Memory.IsAbsent && container.MemoryReservation.IsAbsent)
            {
                context.Report(RuleIds.NoMemoryOnEc2, container.Member("memory"),
                    "Container " + RuleText.Container(container) + " has neither memory nor memoryReservation and the task has no memory; outside Fargate ECS needs one of them, "
                    + "so set memoryReservation (soft) or memory (hard limit) on the container, or memory on the task.");
            }
        }
    }
}
