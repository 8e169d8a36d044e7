namespace EcsKit.Rules;

/// <summary>ECS0052: a HEALTHY dependency on a container that has no health check.</summary>
internal static class Ecs0052HealthyWithoutHealthCheck
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var targets = new DependencyTargets(task);
        foreach (var container in task.Containers)
        {
            foreach (var dependency in container.DependsOn)
            {
                if (!dependency.ContainerName.IsKnown || !dependency.Condition.Is("HEALTHY"))
                {
                    continue;
                }
                var target = targets.Find(dependency.ContainerName.Value);
                if (target is null || target.HealthCheck is not null)
                {
                    continue;
                }
                context.Report(
                    RuleIds.HealthyWithoutHealthCheck,
                    dependency.Member("condition"),
                    "Container '" + container.Name.Or("?") + "' waits for container '" + dependency.ContainerName.Value
                    + "' to be HEALTHY, but '" + dependency.ContainerName.Value + "' has no healthCheck, so it never becomes healthy; add a healthCheck to it or use START.",
                    target.Path);
            }
        }
    }
}
