namespace EcsKit.Rules;

/// <summary>The rules of the resources section of the catalogue, by the scope they look at.</summary>
internal static class ResourceRules
{
    public static readonly TaskRule[] Task = new TaskRule[]
    {
        Ecs0030InvalidFargateSize.Check,
        Ecs0031FargateNeedsTaskSize.Check,
        Ecs0032FargateSizeUnsupportedForPlatform.CheckTask,
        Ecs0033Ec2TaskCpuOutOfRange.Check,
        Ecs0034ContainersExceedTaskBudget.Check,
        Ecs0035MemoryNotAboveReservation.Check,
        Ecs0036NoMemoryOnEc2.Check,
        Ecs0037ContainerMemoryTooSmall.Check,
        Ecs0038NoHardMemoryLimit.Check,
    };

    public static readonly ServiceRule[] Service = new ServiceRule[]
    {
        Ecs0032FargateSizeUnsupportedForPlatform.CheckService,
    };

    public static readonly ClusterRule[] Cluster = System.Array.Empty<ClusterRule>();

    public static readonly AppRule[] App = System.Array.Empty<AppRule>();
}
