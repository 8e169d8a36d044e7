using EcsKit;

namespace Samples.LocalWebApp;

/// <summary>
/// A small web app and a worker that run offline on local Docker (both on the busybox image scripts/images.sh
/// makes) with the definitions they would deploy to Fargate with:
/// <list type="bullet">
/// <item><c>web</c>: busybox httpd behind port 80 with a health check. Before it starts serving, it saves its own
/// task from the task metadata endpoint as /task.json, so <c>curl http://localhost:PORT/task.json</c> shows what ECS
/// would tell the task about itself.</item>
/// <item><c>worker</c>: polls the web service by its name every five seconds, as a queue consumer would poll a
/// backend, and logs what it got.</item>
/// </list>
/// </summary>
public static class NotesApp
{
    /// <summary>The image: Debian's static busybox as a local image (scripts/images.sh); on ECS it would be an ECR image.</summary>
    public const string Image = "ecskit/busybox:local";

    /// <summary>The application; <paramref name="name"/> names it (and labels what it creates on Docker).</summary>
    public static EcsApp Build(string name = "notes")
    {
        var app = new EcsApp(name);

        var web = app.TaskDefinition("notes-web", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("web", c => c
                .Image(Image)
                .Port(80, name: "http")
                .InitProcessEnabled()
                .Command("sh", "-c", "wget -qO /www/task.json \"$ECS_CONTAINER_METADATA_URI_V4/task\"; exec httpd -f -p 80 -h /www")
                .HealthCheck("CMD-SHELL", "wget -qO- http://127.0.0.1/ || exit 1", interval: TimeSpan.FromSeconds(5), timeout: TimeSpan.FromSeconds(2), retries: 3)
                .AwsLogs(group: "/ecs/notes", region: "eu-west-1", streamPrefix: "web")));

        var worker = app.TaskDefinition("notes-worker", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("worker", c => c
                .Image(Image)
                .InitProcessEnabled()
                .Environment("BACKEND_URL", "http://web/")
                .Command("sh", "-c", "while true; do echo \"$(date -u +%T) backend says: $(wget -qO- \"$BACKEND_URL\" 2>&1 | head -c 60)\"; sleep 5; done")
                .AwsLogs(group: "/ecs/notes", region: "eu-west-1", streamPrefix: "worker")));

        app.Cluster("notes", cluster => cluster
            .Service("web", s => s.TaskDefinition(web).DesiredCount(1).Subnets("subnet-0a1b2c3d").CircuitBreaker())
            .Service("worker", s => s.TaskDefinition(worker).DesiredCount(1).Subnets("subnet-0a1b2c3d")));
        return app;
    }
}
