namespace EcsKit.Aws.Tests.Wire;

/// <summary>
/// A realistic application declared with the fluent API (the FargateWebApp sample's shape): a Fargate web task
/// with a sidecar, secrets, health check and logs, and its service behind a load balancer with a circuit breaker.
/// </summary>
internal static class ShopModel
{
    private const string Region = "eu-west-1";
    private const string Account = "123456789012";

    public static EcsApp App { get; } = Build();

    public static TaskDefinition TaskDefinition => App.TaskDefinitions.Single();

    public static Cluster Cluster => App.Clusters.Single();

    public static Service Service => App.Services.Single();

    private static EcsApp Build()
    {
        var app = new EcsApp("shop");
        var web = app.TaskDefinition("shop-web", td => td
            .Fargate(cpu: 512, memoryMiB: 1024)
            .RuntimePlatform(CPUArchitecture.Arm64)
            .ExecutionRole($"arn:aws:iam::{Account}:role/shop-task-execution")
            .TaskRole($"arn:aws:iam::{Account}:role/shop-web")
            .Container("web", c => c
                .Image("public.ecr.aws/nginx/nginx:1.27")
                .Port(80, name: "http", appProtocol: ApplicationProtocol.Http)
                .HealthCheck("CMD-SHELL", "curl -fs http://localhost/ || exit 1",
                    interval: TimeSpan.FromSeconds(10), timeout: TimeSpan.FromSeconds(3), retries: 3, startPeriod: TimeSpan.FromSeconds(15))
                .Environment("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317")
                .SecretsManagerSecret("DB_PASSWORD", $"arn:aws:secretsmanager:{Region}:{Account}:secret:shop/db-AbCdEf", jsonKey: "password")
                .DependsOn("otel-collector", ContainerCondition.Start)
                .ReadonlyRootFilesystem()
                .Mount("nginx-cache", "/var/cache/nginx")
                .StopTimeout(TimeSpan.FromSeconds(20))
                .AwsLogs(group: "/ecs/shop-web", region: Region, streamPrefix: "web"))
            .Container("otel-collector", c => c
                .Image("public.ecr.aws/aws-observability/aws-otel-collector:v0.41.1")
                .Command("--config=/etc/ecs/ecs-default-config.yaml")
                .Essential(false)
                .Cpu(128)
                .MemoryReservation(256)
                .AwsLogs(group: "/ecs/shop-web", region: Region, streamPrefix: "otel"))
            .HostVolume("nginx-cache")
            .Tag("team", "storefront"));

        app.Cluster("shop", cluster => cluster
            .ContainerInsights()
            .CapacityProviders("FARGATE", "FARGATE_SPOT")
            .DefaultCapacityProvider("FARGATE", weight: 1, @base: 1)
            .Tag("team", "storefront")
            .Service("shop-web", s => s
                .TaskDefinition(web)
                .DesiredCount(2)
                .Fargate(platformVersion: "LATEST")
                .Subnets("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002")
                .SecurityGroups("sg-0a1b2c3d4e5f60003")
                .LoadBalancer($"arn:aws:elasticloadbalancing:{Region}:{Account}:targetgroup/shop-web/0123456789abcdef", "web", 80)
                .HealthCheckGracePeriod(TimeSpan.FromSeconds(30))
                .RollingUpdate(minimumHealthyPercent: 100, maximumPercent: 200)
                .CircuitBreaker(rollback: true)
                .ManagedTags(PropagateTags.Service)
                .Tag("team", "storefront")));
        return app;
    }
}
