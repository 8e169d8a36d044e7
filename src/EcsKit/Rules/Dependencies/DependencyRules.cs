namespace EcsKit.Rules;

/// <summary>The rules of the dependencies section of the catalogue, by the scope they look at.</summary>
internal static class DependencyRules
{
    public static readonly TaskRule[] Task =
    {
        Ecs0050DependencyOnMissingContainer.Check,
        Ecs0051CompletionConditionOnEssential.Check,
        Ecs0052HealthyWithoutHealthCheck.Check,
        Ecs0053DependencyCycle.Check,
        Ecs0054FargateTimeoutOutOfRange.Check,
        Ecs0060HealthCheckBounds.Check,
        Ecs0061HealthCheckTimeoutNotBelowInterval.Check,
        Ecs0062EssentialWithoutHealthCheck.Check,
        Ecs0063RestartPolicyBounds.Check,
    };

    public static readonly ServiceRule[] Service =
    {
        Ecs0063RestartPolicyBounds.CheckService,
    };

    public static readonly ClusterRule[] Cluster = System.Array.Empty<ClusterRule>();

    public static readonly AppRule[] App = System.Array.Empty<AppRule>();
}
