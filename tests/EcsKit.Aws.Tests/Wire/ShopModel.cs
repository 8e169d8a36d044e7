namespace EcsKit.Aws.Tests.Wire;

/// <summary>
/// A realistic application: the FargateWebApp sample (a Fargate web task with a sidecar, secrets, health check and
/// logs, and its service behind a load balancer with a circuit breaker).
/// </summary>
internal static class ShopModel
{
    public static EcsApp App { get; } = Samples.FargateWebApp.ShopApp.Build();

    public static TaskDefinition TaskDefinition => App.TaskDefinitions.Single();

    public static Cluster Cluster => App.Clusters.Single();

    public static Service Service => App.Services.Single();
}
