namespace EcsKit.Rules;

/// <summary>The rules of the processes section of the catalogue, by the scope they look at.</summary>
internal static class ProcessRules
{
    public static readonly TaskRule[] Task =
    {
        Ecs0020SeveralLongRunningProcesses.Check,
        Ecs0021ProcessSupervisor.Check,
        Ecs0022ShellIsPid1.Check,
        Ecs0023KeepAliveAntiPattern.Check,
    };

    public static readonly ServiceRule[] Service = System.Array.Empty<ServiceRule>();

    public static readonly ClusterRule[] Cluster = System.Array.Empty<ClusterRule>();

    public static readonly AppRule[] App = System.Array.Empty<AppRule>();
}
