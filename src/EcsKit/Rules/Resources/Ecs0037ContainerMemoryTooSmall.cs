namespace EcsKit.Rules;

/// <summary>ECS0037: container memory or memoryReservation below the 6 MiB Docker reserves for a container.</summary>
internal static class Ecs0037ContainerMemoryTooSmall
{
    public const int MinimumMib = 6;

    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            Check(container, container.Memory, "memory", context);
            Check(container, container.MemoryReservation, "memoryReservation", context);
        }
    }

    private static void Check(ContainerFacts container, Fact<int> value, string member, RuleContext context)
    {
        if (value.IsKnown && value.Value < MinimumMib)
        {
            context.Report(RuleIds.ContainerMemoryTooSmall, container.Member(member),
                "Container " + RuleText.Container(container) + " has " + member + " " + RuleText.Number(value.Value)
                + " MiB; Docker 20.10 and later reserve at least 6 MiB for a container, so give it 6 MiB or more.");
        }
    }
}
