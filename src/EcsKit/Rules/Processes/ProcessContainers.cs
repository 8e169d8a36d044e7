using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>The containers the process rules look at, each with the analysis of its command.</summary>
internal static class ProcessContainers
{
    /// <summary>
    /// Every container whose command could be analysed, except those that run to completion on purpose: a container
    /// that is not essential and that another container waits for with COMPLETE or SUCCESS (ECS refuses those
    /// conditions on essential containers). When that is unknown, the container is left alone.
    /// </summary>
    public static List<ProcessContainer> Of(TaskFacts task)
    {
        var result = new List<ProcessContainer>();
        foreach (var container in task.Containers)
        {
            if (RunsToCompletion(task, container))
            {
                continue;
            }
            var analysis = CommandAnalysis.Analyze(container);
            if (analysis.IsAnalysed)
            {
                result.Add(new ProcessContainer(container, analysis));
            }
        }
        return result;
    }

    public static string NameOf(ContainerFacts container) => container.Name.IsKnown ? container.Name.Value : "?";

    private static bool RunsToCompletion(TaskFacts task, ContainerFacts container)
    {
        if (!container.Essential.IsUnknown && container.IsEssential)
        {
            return false;
        }
        if (!task.Containers.IsComplete)
        {
            return true;
        }
        foreach (var other in task.Containers)
        {
            if (!other.DependsOn.IsComplete)
            {
                return true;
            }
            foreach (var dependency in other.DependsOn)
            {
                var onThis = dependency.ContainerName.IsUnknown || container.Name.IsUnknown
                    || (dependency.ContainerName.IsKnown && container.Name.IsKnown && dependency.ContainerName.Value == container.Name.Value);
                if (onThis && (dependency.Condition.IsUnknown || dependency.Condition.Is("COMPLETE") || dependency.Condition.Is("SUCCESS")))
                {
                    return true;
                }
            }
        }
        return false;
    }
}

/// <summary>A container and what its command runs.</summary>
internal sealed class ProcessContainer
{
    public ProcessContainer(ContainerFacts container, CommandAnalysis analysis)
    {
        Container = container;
        Analysis = analysis;
    }

    public ContainerFacts Container { get; }

    public CommandAnalysis Analysis { get; }

    public string Name => ProcessContainers.NameOf(Container);
}
