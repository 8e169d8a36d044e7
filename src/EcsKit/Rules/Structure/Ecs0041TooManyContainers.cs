using System.Linq;

namespace EcsKit.Rules;

/// <summary>ECS0041: more than 10 containers in one task definition.</summary>
internal static class Ecs0041TooManyContainers
{
    public const int MaxContainers = 10;

    public static void Check(TaskFacts task, RuleContext context)
    {
        // A list that may hold more items still proves a count above the limit.
        var count = task.Containers.Count;
        if (count <= MaxContainers)
        {
            return;
        }
        context.Report(RuleIds.TooManyContainers, task.Member("containerDefinitions"),
            "The task definition has " + (task.Containers.IsComplete ? "" : "at least ") + RuleText.Number(count)
            + " containers; ECS allows at most 10 per task definition, so move some into another task definition.",
            task.Containers.Skip(MaxContainers).Select(c => c.Path).ToArray());
    }
}
