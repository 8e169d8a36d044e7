namespace EcsKit.Docker.Tasks;

/// <summary>The order containers start in (dependencies first) and stop in (the reverse), as the ECS agent's dependency graph gives them.</summary>
internal static class DependencyOrder
{
    /// <summary>Containers sorted so that each comes after what it depends on (links and volumesFrom count too); declaration order breaks ties.</summary>
    /// <exception cref="LocalDockerException">A dependency names no container of the task, or dependencies form a cycle.</exception>
    public static IReadOnlyList<ContainerDefinition> Sort(TaskDefinition task)
    {
        var byName = task.ContainerDefinitions.Where(c => c.Name is not null).ToDictionary(c => c.Name!, StringComparer.Ordinal);
        var sorted = new List<ContainerDefinition>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        foreach (var container in task.ContainerDefinitions)
        {
            Visit(container, []);
        }
        return sorted;

        void Visit(ContainerDefinition container, List<string> path)
        {
            var name = container.Name ?? "";
            if (state.TryGetValue(name, out var done))
            {
                if (!done)
                {
                    throw new LocalDockerException($"Task definition '{task.Family}': containers {string.Join(" -> ", path.Append(name).Select(n => $"'{n}'"))} depend on each other in a cycle; remove one of these dependencies (ECS0053).");
                }
                return;
            }
            state[name] = false;
            foreach (var dependency in Dependencies(container))
            {
                if (!byName.TryGetValue(dependency, out var target))
                {
                    throw new LocalDockerException($"Task definition '{task.Family}', container '{name}': depends on '{dependency}', which is not a container of this task; name one of {string.Join(", ", byName.Keys.Select(k => $"'{k}'"))}.");
                }
                Visit(target, [.. path, name]);
            }
            state[name] = true;
            sorted.Add(container);
        }
    }

    public static IEnumerable<string> Dependencies(ContainerDefinition container) =>
        (container.DependsOn ?? []).Select(d => d.ContainerName)
            .Concat((container.VolumesFrom ?? []).Select(v => v.SourceContainer).OfType<string>())
            .Concat((container.Links ?? []).Select(l => l.Split(':')[0]))
            .Distinct(StringComparer.Ordinal);
}
