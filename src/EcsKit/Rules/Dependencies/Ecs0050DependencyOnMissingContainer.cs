namespace EcsKit.Rules;

/// <summary>ECS0050: a <c>dependsOn</c> entry names a container the task definition does not have.</summary>
internal static class Ecs0050DependencyOnMissingContainer
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var targets = new DependencyTargets(task);
        if (!targets.AllNamesKnown)
        {
            return;
        }
        foreach (var container in task.Containers)
        {
            foreach (var dependency in container.DependsOn)
            {
                if (dependency.ContainerName.IsKnown && !targets.Contains(dependency.ContainerName.Value))
                {
                    context.Report(
                        RuleIds.DependencyOnMissingContainer,
                        dependency.Member("containerName"),
                        "Container '" + container.Name.Or("?") + "' depends on container '" + dependency.ContainerName.Value
                        + "', which the task definition does not define; ECS rejects it, so name an existing container or remove the dependency.");
                }
            }
        }
    }
}
