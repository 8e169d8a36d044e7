using EcsKit;

namespace Samples.Ec2BridgeService;

/// <summary>
/// A queue worker with a local Redis cache on EC2 container instances in bridge mode: the API port is mapped
/// to a dynamic host port (so several tasks fit on one instance), Redis is reached through a link, and the
/// tasks are spread over availability zones.
/// </summary>
public static class WorkerApp
{
    public static EcsApp Build()
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
