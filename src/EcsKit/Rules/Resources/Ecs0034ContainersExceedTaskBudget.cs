using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>
/// ECS0034: containers that ask for more than the task has: one container's hard memory limit above the task memory,
/// the memory the containers reserve together (memoryReservation, else memory) above it, or their CPU units together
/// above the task cpu. The sums are checked only when every container and every value involved is known.
/// </summary>
internal static class Ecs0034ContainersExceedTaskBudget
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        if (TaskSize.Memory(task) is { } taskMemory && !CheckHardLimits(task, taskMemory, context))
        {
            CheckTotal(task, taskMemory, "memory", "MiB", MemoryReserved, context);
        }
        if (TaskSize.Cpu(task) is { } taskCpu)
        {
            CheckTotal(task, taskCpu, "cpu", "CPU units", c => c.Cpu.IsAbsent ? Share.None : c.Cpu.IsKnown ? new Share(c.Cpu.Value, c.Member("cpu")) : null, context);
        }
    }

    /// <summary>Reports each container whose memory is above the task memory; true when one was.</summary>
    private static bool CheckHardLimits(TaskFacts task, int taskMemory, RuleContext context)
    {
        var reported = false;
        foreach (var container in task.Containers)
        {
            if (container.Memory.IsKnown && container.Memory.Value > taskMemory)
            {
                context.Report(RuleIds.ContainersExceedTaskBudget, container.Member("memory"),
                    "Container " + RuleText.Container(container) + " has a hard memory limit of " + RuleText.Number(container.Memory.Value)
                    + " MiB, more than the task memory of " + TaskSizeText.Memory(task, taskMemory) + "; lower the container's memory or raise the task memory.",
                    task.Member("memory"));
                reported = true;
            }
        }
        return reported;
    }

    /// <summary>What a container takes from the task's memory: memoryReservation, else memory, else nothing; null when unknown.</summary>
    private static Share? MemoryReserved(ContainerFacts container)
    {
        if (container.MemoryReservation.IsKnown)
        {
            return new Share(container.MemoryReservation.Value, container.Member("memoryReservation"));
        }
        if (container.MemoryReservation.IsUnknown || container.Memory.IsUnknown)
        {
            return null;
        }
        return container.Memory.IsKnown ? new Share(container.Memory.Value, container.Member("memory")) : Share.None;
    }

    private static void CheckTotal(TaskFacts task, int budget, string member, string unit, System.Func<ContainerFacts, Share?> share, RuleContext context)
    {
        if (!task.Containers.IsComplete)
        {
            return;
        }
        var parts = new List<(ContainerFacts Container, Share Share)>();
        foreach (var container in task.Containers)
        {
            if (share(container) is not { } taken)
            {
                return;
            }
            if (taken.Amount > 0)
            {
                parts.Add((container, taken));
            }
        }
        var total = parts.Sum(p => (long)p.Share.Amount);
        if (total <= budget)
        {
            return;
        }
        var taskValue = member == "memory" ? TaskSizeText.Memory(task, budget) : TaskSizeText.Cpu(task, budget);
        if (parts.Count == 1)
        {
            var (container, taken) = parts[0];
            context.Report(RuleIds.ContainersExceedTaskBudget, taken.Path,
                "Container " + RuleText.Container(container) + " reserves " + RuleText.Number(taken.Amount) + " " + unit + ", more than the task " + member + " of "
                + taskValue + "; lower the container's " + Leaf(taken.Path) + " or raise the task " + member + ".",
                task.Member(member));
            return;
        }
        var listed = RuleText.List(parts.Select(p => RuleText.Container(p.Container) + " (" + RuleText.Number(p.Share.Amount) + ")"));
        var advice = member == "memory" ? "lower their memoryReservation or memory" : "lower their cpu";
        context.Report(RuleIds.ContainersExceedTaskBudget, task.Member(member),
            "Containers " + listed + " reserve " + total.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + unit + " together, more than the task "
            + member + " of " + taskValue + "; " + advice + ", or raise the task " + member + ".",
            parts.Select(p => p.Share.Path).ToArray());
    }

    private static string Leaf(string path) => path.Substring(path.LastIndexOf('.') + 1);

    /// <summary>An amount a container takes, and the member it is written in.</summary>
    private sealed class Share
    {
        public static readonly Share None = new(0, "");

        public Share(int amount, string path)
        {
            Amount = amount;
            Path = path;
        }

        public int Amount { get; }

        public string Path { get; }
    }
}
