namespace EcsKit.Rules;

/// <summary>ECS0051: a COMPLETE or SUCCESS dependency on an essential container.</summary>
internal static class Ecs0051CompletionConditionOnEssential
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var targets = new DependencyTargets(task);
        foreach (var container in task.Containers)
        {
            foreach (var dependency in container.DependsOn)
            {
                if (!dependency.ContainerName.IsKnown || !(dependency.Condition.Is("COMPLETE") || dependency.Condition.Is("SUCCESS")))
                {
                    continue;
                }
                var target = targets.Find(dependency.ContainerName.Value);
                // Absent essential means essential; an unknown one may be false.
                if (target is null || target.Essential.IsUnknown || !target.IsEssential)
                {
                    continue;
                }
                context.Report(
                    RuleIds.CompletionConditionOnEssential,
                    dependency.Member("condition"),
                    "Container '" + container.Name.Or("?") + "' waits for essential container '" + dependency.ContainerName.Value + "' to "
                    + (dependency.Condition.Value == "SUCCESS" ? "exit successfully (SUCCESS)" : "exit (COMPLETE)")
                    + ", but an essential container that exits stops the task; mark '" + dependency.ContainerName.Value
                    + "' essential false or use START or HEALTHY.",
                    target.Essential.IsKnown ? target.Member("essential") : target.Path);
            }
        }
    }
}
