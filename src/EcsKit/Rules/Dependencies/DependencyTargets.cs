using System;
using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>The containers of a task by name, for the rules that follow <c>dependsOn</c> entries.</summary>
internal sealed class DependencyTargets
{
    private readonly Dictionary<string, ContainerFacts?> _byName = new(StringComparer.Ordinal);

    public DependencyTargets(TaskFacts task)
    {
        AllNamesKnown = task.Containers.IsComplete;
        foreach (var container in task.Containers)
        {
            if (!container.Name.IsKnown)
            {
                AllNamesKnown = false;
                continue;
            }
            // A name given twice (ECS0042) resolves to no container: the rules here then stay silent about it.
            _byName[container.Name.Value] = _byName.ContainsKey(container.Name.Value) ? null : container;
        }
    }

    /// <summary>True when every container of the task is listed and named by a known value, so a name that is not found is missing.</summary>
    public bool AllNamesKnown { get; }

    /// <summary>The one container of that name, or null when there is none or more than one.</summary>
    public ContainerFacts? Find(string name) => _byName.TryGetValue(name, out var container) ? container : null;

    /// <summary>True when a container of that name is listed (even when the name is given twice).</summary>
    public bool Contains(string name) => _byName.ContainsKey(name);
}
