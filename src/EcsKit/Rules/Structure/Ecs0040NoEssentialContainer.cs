using System.Linq;

namespace EcsKit.Rules;

/// <summary>ECS0040: every container of the task is marked essential=false (a container is essential unless it says otherwise).</summary>
internal static class Ecs0040NoEssentialContainer
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var containers = task.Containers;
        if (!containers.IsComplete || containers.Count == 0 || !containers.All(c => c.Essential.Is(false)))
        {
            return;
        }
        var named = containers.Count == 1
            ? "its only container " + RuleText.Container(containers[0]) + " sets"
            : "containers " + RuleText.List(containers.Select(RuleText.Container)) + " all set";
        context.Report(RuleIds.NoEssentialContainer, containers[0].Member("essential"),
            "No container of the task is essential (" + named + " essential to false); ECS needs at least one essential container, so mark the main one essential.",
            containers.Skip(1).Select(c => c.Member("essential")).ToArray());
    }
}
