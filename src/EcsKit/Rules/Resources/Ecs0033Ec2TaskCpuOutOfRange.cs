namespace EcsKit.Rules;

/// <summary>ECS0033: task-level cpu outside what ECS takes on EC2 and external instances (128 to 196608 CPU units).</summary>
internal static class Ecs0033Ec2TaskCpuOutOfRange
{
    public const int MinUnits = 128;
    public const int MaxUnits = 196608;

    public static void Check(TaskFacts task, RuleContext context)
    {
        // On Fargate only the sizes of the Fargate table are valid: ECS0030's finding.
        if (task.IsFargate || TaskSize.Cpu(task) is not { } units || (units >= MinUnits && units <= MaxUnits))
        {
            return;
        }
        context.Report(RuleIds.Ec2TaskCpuOutOfRange, task.Member("cpu"),
            "Task cpu of " + TaskSizeText.Cpu(task, units) + " is outside what ECS takes, 128 (0.125 vCPU) to 196608 (192 vCPU) CPU units; "
            + (units < MinUnits ? "raise it to at least 128, or leave task-level cpu out." : "lower it to 196608 or less."));
    }
}
