using EcsKit.Docker;

namespace EcsKit.Benchmarks.Local;

/// <summary>
/// What the local benchmark runs: the same containers as an EcsKit application, a docker-compose file and a plain
/// `docker run` script, so that the three are compared on equal work.
/// </summary>
internal static class BenchApps
{
    public const string Busybox = "ecskit/busybox:local";

    /// <summary>The health check of every httpd container (CMD-SHELL form).</summary>
    public const string HealthCommand = "wget -qO- http://127.0.0.1/ || exit 1";

    /// <summary>1 s, below ECS's minimum of 5 s: the benchmark suppresses rule ECS0060 (see <see cref="Options"/>).</summary>
    public static readonly TimeSpan HealthInterval = TimeSpan.FromSeconds(1);

    /// <summary>ECS's minimum timeout.</summary>
    public static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(2);

    public const int HealthRetries = 3;

    /// <summary>Every container stops within this after SIGTERM (they run under an init process, so they stop at once).</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(2);

    public static readonly string[] Httpd = ["httpd", "-f", "-p", "80", "-h", "/www"];

    public static readonly string[] SleepLoop = ["sh", "-c", "while :; do sleep 1; done"];

    /// <summary>Replicas of service "b".</summary>
    public const int Replicas = 2;

    /// <summary>Tasks of the memory measurement's service.</summary>
    public const int MemoryTasks = 20;

    /// <summary>Containers of the two-service application as docker sees them: pause, httpd, two sidecars, two replicas.</summary>
    public const int Containers = 4 + Replicas;

    /// <summary>Containers of it that have a health check: service a's httpd and the replicas.</summary>
    public const int CheckedContainers = 1 + Replicas;

    /// <summary>ECS accepts health check intervals from 5 s (rule ECS0060); the benchmark uses 1 s, so it suppresses that rule.</summary>
    public static LocalDockerOptions Options() => new() { Validation = new EcsValidationOptions().Suppress("ECS0060") };

    /// <summary>
    /// Service "a": one Fargate (awsvpc) task of httpd with a health check and two sleep-loop sidecars sharing its network
    /// namespace; service "b": <see cref="Replicas"/> EC2 (bridge) tasks of httpd on dynamic host ports, same health check.
    /// </summary>
    public static EcsApp TwoServices(string name)
    {
        var app = new EcsApp(name);
        var a = app.TaskDefinition("a", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("httpd", c => CheckedHttpd(c).Port(80))
            .Container("sidecar1", Sidecar)
            .Container("sidecar2", Sidecar));
        var b = app.TaskDefinition("b", td => td
            .Ec2()
            .Container("httpd", c => CheckedHttpd(c).Memory(64).Port(80)));
        app.Cluster("bench")
            .Service("a", s => s.TaskDefinition(a).Subnets("subnet-local").DesiredCount(1))
            .Service("b", s => s.TaskDefinition(b).DesiredCount(Replicas));
        return app;
    }

    /// <summary>One EC2 (bridge) service of <see cref="MemoryTasks"/> httpd tasks on dynamic host ports, no health check.</summary>
    public static EcsApp ManyTasks(string name)
    {
        var app = new EcsApp(name);
        var m = app.TaskDefinition("m", td => td
            .Ec2()
            .Container("httpd", c => c.Image(Busybox).Command(Httpd).Memory(64).Port(80).InitProcessEnabled().StopTimeout(StopTimeout)));
        app.Cluster("bench").Service("m", s => s.TaskDefinition(m).DesiredCount(MemoryTasks));
        return app;
    }

    /// <summary>Desired tasks per service of <see cref="TwoServices"/>.</summary>
    public static readonly IReadOnlyDictionary<string, int> TwoServicesCounts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1,
        ["b"] = Replicas,
    };

    private static ContainerBuilder CheckedHttpd(ContainerBuilder c) => c
        .Image(Busybox)
        .Command(Httpd)
        .InitProcessEnabled()
        .StopTimeout(StopTimeout)
        .HealthCheck("CMD-SHELL", HealthCommand, interval: HealthInterval, timeout: HealthTimeout, retries: HealthRetries);

    // Sidecars such as log shippers: not essential, no health check.
    private static void Sidecar(ContainerBuilder c) => c
        .Image(Busybox)
        .Command(SleepLoop)
        .Essential(false)
        .InitProcessEnabled()
        .StopTimeout(StopTimeout);
}
