namespace EcsKit.Hosting.TestApp;

/// <summary>
/// The applications of the Hosting tests, shared by the test program and the in-process tests. Every container
/// that runs until stopped has an init process and a short stop timeout, so stopping takes a moment, not 30 s.
/// </summary>
public static class TestApps
{
    /// <summary>Debian's static busybox as an image (scripts/images.sh): sh, httpd, sleep ...</summary>
    public const string Busybox = "ecskit/busybox:local";

    public static readonly string[] Shapes = ["web", "web-v2", "worker", "conflict", "unhealthy"];

    public static EcsApp Build(string shape, string name) => shape switch
    {
        "web" => Web(name),
        "web-v2" => Web(name, version: "2"),
        "worker" => Worker(name),
        "conflict" => Conflict(name),
        "unhealthy" => Unhealthy(name),
        _ => throw new ArgumentException($"No test application '{shape}'; there are {string.Join(", ", Shapes)}.", nameof(shape)),
    };

    /// <summary>An httpd service on Fargate (port 80), a worker that prints a line a second, and a one-off job that prints and exits 3.</summary>
    /// <param name="name">The application's name.</param>
    /// <param name="version">Set in the httpd container's environment: another version is another task definition.</param>
    public static EcsApp Web(string name, string version = "1")
    {
        var app = new EcsApp(name);
        var web = app.TaskDefinition("web", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("httpd", c => c.Image(Busybox).InitProcessEnabled().StopTimeout(TimeSpan.FromSeconds(2)).Environment("VERSION", version)
                .Command("httpd", "-f", "-v", "-p", "80", "-h", "/www").Port(80)));
        var cluster = app.Cluster("main");
        cluster.Service("web", s => s.TaskDefinition(web).DesiredCount(1).Subnets("subnet-1"));
        AddWorker(app, cluster);
        app.TaskDefinition("job", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("job", c => c.Image(Busybox).Command("sh", "-c", "echo job-output; echo job-error >&2; exit 3")));
        return app;
    }

    /// <summary>The worker service alone.</summary>
    public static EcsApp Worker(string name)
    {
        var app = new EcsApp(name);
        AddWorker(app, app.Cluster("main"));
        return app;
    }

    /// <summary>Two containers of one awsvpc task both on port 80: ECS0004, so nothing may start.</summary>
    public static EcsApp Conflict(string name)
    {
        var app = new EcsApp(name);
        var web = app.TaskDefinition("web", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("a", c => c.Image(Busybox).InitProcessEnabled().Command("httpd", "-f", "-p", "80").Port(80))
            .Container("b", c => c.Image(Busybox).InitProcessEnabled().Command("httpd", "-f", "-p", "80").Port(80)));
        app.Cluster("main").Service("web", s => s.TaskDefinition(web).DesiredCount(1).Subnets("subnet-1"));
        return app;
    }

    /// <summary>A service whose health check never passes: it never becomes stable.</summary>
    public static EcsApp Unhealthy(string name)
    {
        var app = new EcsApp(name);
        var sick = app.TaskDefinition("sick", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("sick", c => c.Image(Busybox).InitProcessEnabled().StopTimeout(TimeSpan.FromSeconds(2)).Command("sleep", "3600")
                .HealthCheck("CMD-SHELL", "exit 1", interval: TimeSpan.FromSeconds(5), retries: 10)));
        app.Cluster("main").Service("sick", s => s.TaskDefinition(sick).DesiredCount(1).Subnets("subnet-1"));
        return app;
    }

    private static void AddWorker(EcsApp app, ClusterBuilder cluster)
    {
        var worker = app.TaskDefinition("worker", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("worker", c => c.Image(Busybox).InitProcessEnabled().StopTimeout(TimeSpan.FromSeconds(2))
                .Command("sh", "-c", "while true; do echo worker-tick; sleep 1; done")));
        cluster.Service("worker", s => s.TaskDefinition(worker).DesiredCount(1).Subnets("subnet-1"));
    }
}
