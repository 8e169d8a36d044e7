namespace EcsKit.Rules;

/// <summary>ECS0031: a Fargate task definition without task-level cpu or memory.</summary>
internal static class Ecs0031FargateNeedsTaskSize
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        if (!task.IsFargate || (!task.Cpu.IsAbsent && !task.Memory.IsAbsent))
        {
            return;
        }
        if (task.Cpu.IsAbsent && task.Memory.IsAbsent)
        {
            context.Report(RuleIds.FargateNeedsTaskSize, task.Member("cpu"),
                "The task runs on Fargate but has neither task-level cpu nor memory; Fargate sizes each task by them, so set both, for example cpu '256' and memory '512'.",
                task.Member("memory"));
        }
        else if (task.Cpu.IsAbsent)
        {
            var memory = TaskSize.Memory(task);
            var fitting = memory is { } m ? FargateSizes.CpusFor(m) : System.Array.Empty<int>();
            var advice = fitting.Count > 0
                ? "set cpu to " + FargateSizes.Join(fitting) + " CPU units for " + TaskSizeText.Memory(task, memory!.Value)
                : "set cpu to a value that goes with the memory";
            context.Report(RuleIds.FargateNeedsTaskSize, task.Member("cpu"),
                "The task runs on Fargate but has no task-level cpu; Fargate sizes each task by its cpu and memory, so " + advice + ".",
                task.Member("memory"));
        }
        else
        {
            var size = TaskSize.Cpu(task) is { } units ? FargateSizes.Find(units) : null;
            var advice = size is not null
                ? "set memory to " + size.DescribeMemory() + " for " + TaskSizeText.Cpu(task, size.Cpu)
                : "set memory to a value that goes with the cpu";
            context.Report(RuleIds.FargateNeedsTaskSize, task.Member("memory"),
                "The task runs on Fargate but has no task-level memory; Fargate sizes each task by its cpu and memory, so " + advice + ".",
                task.Member("cpu"));
        }
    }
}
