namespace EcsKit.Tests.CloudFormation;

/// <summary>
/// The apps of <c>samples/FargateWebApp</c> (ShopApp) and <c>samples/Ec2BridgeService</c> (WorkerApp), rebuilt here
/// because EcsKit.Tests does not reference the samples; keep them in step with the sample sources.
/// </summary>
internal static class SampleApps
{
    private const string Region = "eu-west-1";
    private const string Account = "123456789012";

    public static EcsApp Shop()
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
                .Mount("nginx-run", "/var/run")
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
            .HostVolume("nginx-run")
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

    public static EcsApp Worker()
    {
        var app = new EcsApp("orders");

        var worker = app.TaskDefinition("orders-worker", td => td
            .Ec2(NetworkMode.Bridge)
            .Container("redis", c => c
                .Image("public.ecr.aws/docker/library/redis:7.4-alpine")
                .Memory(256)
                .HealthCheck("CMD-SHELL", "redis-cli ping | grep -q PONG", interval: TimeSpan.FromSeconds(5), timeout: TimeSpan.FromSeconds(2), retries: 5)
                .Ulimit(UlimitName.Nofile, softLimit: 65536, hardLimit: 65536)
                .JsonFileLogs(maxSize: "10m", maxFiles: 3))
            .Container("worker", c => c
                .Image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-worker:1.8.2")
                .Memory(512)
                .Cpu(256)
                .Port(8080)
                .Links("redis")
                .DependsOn("redis", ContainerCondition.Healthy)
                .Environment("REDIS_URL", "redis://redis:6379")
                .SsmParameter("QUEUE_URL", "arn:aws:ssm:eu-west-1:123456789012:parameter/orders/queue-url")
                .InitProcessEnabled()
                .JsonFileLogs(maxSize: "10m", maxFiles: 3))
            .ExecutionRole("arn:aws:iam::123456789012:role/orders-task-execution"));

        app.Cluster("orders-ec2").Service("orders-worker", s => s
            .TaskDefinition(worker)
            .LaunchType(LaunchType.Ec2)
            .DesiredCount(4)
            .PlacementStrategy(PlacementStrategyType.Spread, "attribute:ecs.availability-zone")
            .PlacementStrategy(PlacementStrategyType.Binpack, "memory")
            .RollingUpdate(minimumHealthyPercent: 50, maximumPercent: 100)
            .CircuitBreaker());

        return app;
    }
}
