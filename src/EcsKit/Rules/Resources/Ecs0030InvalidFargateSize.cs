namespace EcsKit.Rules;

/// <summary>
/// ECS0030: task cpu or memory that is not a size at all, and on Fargate a CPU and memory pair that is not in
/// Fargate's table (<see cref="FargateSizes"/>).
/// </summary>
internal static class Ecs0030InvalidFargateSize
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var cpu = TaskSize.Cpu(task);
        var memory = TaskSize.Memory(task);
        if (task.Cpu.IsKnown && cpu is null)
        {
            context.Report(RuleIds.InvalidFargateSize, task.Member("cpu"),
                "Task cpu '" + task.Cpu.Value + "' is not a CPU value; write CPU units such as '1024' or vCPUs such as '1 vCPU'.");
        }
        if (task.Memory.IsKnown && memory is null)
        {
            context.Report(RuleIds.InvalidFargateSize, task.Member("memory"),
                "Task memory '" + task.Memory.Value + "' is not a memory value; write MiB such as '2048' or GB such as '2 GB'.");
        }
        if (!task.IsFargate || cpu is not { } units)
        {
            return;
        }
        var size = FargateSizes.Find(units);
        if (size is null)
        {
            context.Report(RuleIds.InvalidFargateSize, task.Member("cpu"),
                "Fargate has no task size with " + TaskSizeText.Cpu(task, units) + "; use " + FargateSizes.Join(FargateSizes.Cpus) + " CPU units.");
            return;
        }
        if (memory is not { } mebibytes || size.Takes(mebibytes))
        {
            return;
        }
        var fitting = FargateSizes.CpusFor(mebibytes);
        var advice = fitting.Count == 0
            ? "change the memory to one of these"
            : "change the memory, or use " + FargateSizes.Join(fitting) + " CPU units for " + RuleText.Number(mebibytes) + " MiB";
        context.Report(RuleIds.InvalidFargateSize, task.Member("memory"),
            "Fargate takes " + size.DescribeMemory() + " with " + TaskSizeText.Cpu(task, units) + ", not " + TaskSizeText.Memory(task, mebibytes) + "; " + advice + ".",
            task.Member("cpu"));
    }
}
