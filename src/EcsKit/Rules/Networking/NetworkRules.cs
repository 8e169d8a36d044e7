namespace EcsKit.Rules;

/// <summary>The rules of the networking section of the catalogue, by the scope they look at.</summary>
internal static class NetworkRules
{
    public static readonly TaskRule[] Task =
    {
        Ecs0070FargateRequiresAwsvpc.Check,
        Ecs0071LinksOutsideBridge.Check,
        Ecs0072UnsupportedOnFargate.Check,
        Ecs0073UnsupportedWithAwsvpc.Check,
        Ecs0074LogConfiguration.Check,
    };

    public static readonly ServiceRule[] Service =
    {
        Ecs0075ServiceTaskDefinitionMismatch.Check,
    };

    public static readonly ClusterRule[] Cluster = System.Array.Empty<ClusterRule>();

    public static readonly AppRule[] App = System.Array.Empty<AppRule>();
}
