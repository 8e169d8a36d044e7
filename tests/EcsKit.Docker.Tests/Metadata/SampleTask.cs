using EcsKit.Docker.Metadata;

namespace EcsKit.Docker.Tests.Metadata;

/// <summary>
/// An awsvpc task of two containers: <c>web</c> (running, healthy, a port, a log configuration, a Docker label,
/// a restart policy, a volume) and <c>worker</c> (exited 3), with the facts Docker would give about them.
/// </summary>
internal static class SampleTask
{
    public const string TaskId = "0123456789abcdef0123456789abcdef";
    public const string TaskArn = "arn:aws:ecs:local:000000000000:task/default/" + TaskId;
    public const string WebId = "aaaaaaaaaaaa1111111111111111111111111111111111111111111111111111";
    public const string WorkerId = "bbbbbbbbbbbb2222222222222222222222222222222222222222222222222222";
    public const string WebToken = "11111111111111111111111111111111";
    public const string WorkerToken = "22222222222222222222222222222222";

    public static readonly DateTimeOffset Created = new(2025, 11, 25, 10, 0, 0, TimeSpan.Zero);

    public static TaskDefinition Definition { get; } = new()
    {
        Family = "shop",
        NetworkMode = NetworkMode.Awsvpc,
        Cpu = "256",
        Memory = "512",
        ContainerDefinitions =
        [
            new ContainerDefinition
            {
                Name = "web",
                Image = "shop/web:1",
                Cpu = 128,
                Memory = 256,
                PortMappings = [new PortMapping { ContainerPort = 8080 }],
                DockerLabels = new Dictionary<string, string> { ["team"] = "shop", [EcsKit.Docker.Engine.Labels.EcsCluster] = "spoofed" },
                LogConfiguration = new LogConfiguration
                {
                    LogDriver = LogDriver.Awslogs,
                    Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/shop", ["awslogs-region"] = "local" },
                },
                HealthCheck = new HealthCheck { Command = ["CMD-SHELL", "true"] },
                RestartPolicy = new ContainerRestartPolicy { Enabled = true },
            },
            new ContainerDefinition { Name = "worker", Image = "shop/worker:1", Essential = false },
        ],
    };

    public static LocalTask Task { get; } = new()
    {
        TaskArn = TaskArn,
        TaskId = TaskId,
        App = "shop",
        Cluster = "default",
        Family = "shop",
        Revision = 3,
        ServiceName = "shop-web",
        LaunchType = "FARGATE",
        NetworkMode = "awsvpc",
        Cpu = "256",
        Memory = "512",
        LastStatus = LocalStatus.Running,
        DesiredStatus = LocalStatus.Running,
        CreatedAt = Created,
        PullStartedAt = Created.AddTicks(1234567),
        PullStoppedAt = Created.AddSeconds(1),
        StartedAt = Created.AddSeconds(2),
        Tags = new Dictionary<string, string> { ["env"] = "test" },
        Containers =
        [
            new LocalContainer
            {
                Name = "web",
                Image = "shop/web:1",
                Essential = true,
                RuntimeId = WebId,
                DockerName = "ecskit-shop-web-1",
                LastStatus = LocalStatus.Running,
                HealthStatus = LocalStatus.Healthy,
                Cpu = 128,
                Memory = 256,
                CreatedAt = Created.AddSeconds(1.5),
                StartedAt = Created.AddSeconds(2),
                RestartCount = 1,
                NetworkBindings = [new LocalNetworkBinding("0.0.0.0", 8080, 49153, "tcp")],
            },
            new LocalContainer
            {
                Name = "worker",
                Image = "shop/worker:1",
                Essential = false,
                RuntimeId = WorkerId,
                DockerName = "ecskit-shop-worker-1",
                ImageId = "sha256:worker-from-state",
                LastStatus = LocalStatus.Stopped,
                ExitCode = 3,
                CreatedAt = Created.AddSeconds(1.5),
                StartedAt = Created.AddSeconds(2),
                FinishedAt = Created.AddSeconds(5),
            },
        ],
    };

    public static TaskEntry Entry { get; } = new(Task, Definition);

    public static ContainerFacts WebFacts { get; } = new()
    {
        ImageId = "sha256:web",
        DockerName = "ecskit-shop-web-1",
        Networks = [new NetworkAttachment("ecskit-shop", "172.18.0.5", 16, "02:42:ac:12:00:05", "172.18.0.1")],
        Volumes = [new MountedVolume("shop-data", "/var/lib/docker/volumes/shop-data/_data", "/data")],
        LastHealthProbe = new HealthProbe(Created.AddSeconds(3), 0, null),
    };

    public static ContainerFacts WorkerFacts { get; } = new()
    {
        ImageId = null,
        DockerName = "ecskit-shop-worker-1",
        Networks = [new NetworkAttachment("ecskit-shop", "172.18.0.5", 16, "02:42:ac:12:00:05", "172.18.0.1")],
    };

    public static FakeTaskDirectory Directory()
    {
        var directory = new FakeTaskDirectory();
        directory.Issue(WebToken, Entry, "web");
        directory.Issue(WorkerToken, Entry, "worker");
        return directory;
    }

    public static FakeContainerSource Containers()
    {
        var containers = new FakeContainerSource();
        containers.Facts[WebId] = WebFacts;
        containers.Facts[WorkerId] = WorkerFacts;
        containers.Stats[WebId] = """{"read":"2025-11-25T10:00:05.000000001Z","cpu_stats":{"cpu_usage":{"total_usage":5}},"memory_stats":{"usage":1}}""";
        return containers;
    }
}
