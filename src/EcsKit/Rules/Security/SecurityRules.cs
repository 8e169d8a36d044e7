namespace EcsKit.Rules;

/// <summary>The rules of the security section of the catalogue, by the scope they look at.</summary>
internal static class SecurityRules
{
    public static readonly TaskRule[] Task =
    {
        Ecs0080SecretNameCollision.Check,
        Ecs0081DuplicateEnvironmentVariable.Check,
        Ecs0082PlaintextSecret.Check,
        Ecs0084EnvironmentFileLimits.Check,
        Ecs0085SecretsWithoutExecutionRole.Check,
        Ecs0086PrivilegedOrHostAccess.Check,
    };

    public static readonly ServiceRule[] Service = System.Array.Empty<ServiceRule>();

    public static readonly ClusterRule[] Cluster = System.Array.Empty<ClusterRule>();

    public static readonly AppRule[] App = System.Array.Empty<AppRule>();
}
