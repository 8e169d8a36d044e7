namespace EcsKit.Rules;

/// <summary>The rules of the processes section of the catalogue, by the scope they look at.</summary>
internal static class ProcessRules
{
    public static readonly TaskRule[] Task = System.Array.Empty<TaskRule>();

    public static readonly ServiceRule[] Service = System.Array.Empty<ServiceRule>();

    public static readonly ClusterRule[] Cluster = System.Array.Empty<ClusterRule>();

    public static readonly AppRule[] App = System.Array.Empty<AppRule>();
}
