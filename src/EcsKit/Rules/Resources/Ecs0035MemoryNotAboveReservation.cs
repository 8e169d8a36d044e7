namespace EcsKit.Rules;

/// <summary>ECS0035: a container whose hard memory limit is not greater than its memoryReservation.</summary>
internal static class Ecs0035MemoryNotAboveReservation
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            if (!container.Memory.IsKnown || !container.MemoryReservation.IsKnown || container.Memory.Value > container.MemoryReservation.Value)
            {
                continue;
            }
            context.Report(RuleIds.MemoryNotAboveReservation, container.Member("memory"),
                "Container " + RuleText.Container(container) + " has memory " + RuleText.Number(container.Memory.Value) + " MiB, not more than its memoryReservation of "
                + RuleText.Number(container.MemoryReservation.Value) + " MiB; the hard limit must be greater than the soft limit, so raise memory or lower memoryReservation.",
                container.Member("memoryReservation"));
        }
    }
}
