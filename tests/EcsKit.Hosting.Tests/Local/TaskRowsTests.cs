using EcsKit.Docker;
using EcsKit.Hosting.Verbs.Local;

namespace EcsKit.Hosting.Tests.Local;

/// <summary>How tasks and output lines are written for pipes, and which exit code <c>run</c> gives.</summary>
public sealed class TaskRowsTests
{
    private static readonly LocalNetworkBinding Http = new("0.0.0.0", 80, 32768, "tcp");

    [Fact]
    public void A_task_line_names_service_short_id_status_health_and_ports_once_each()
    {
        var task = Task(LocalStatus.Running, Container("httpd", [Http]), Container("sidecar", [Http]));

        Assert.Equal("web/1a2b3c4d RUNNING HEALTHY 0.0.0.0:32768->80/tcp", TaskRows.Line(task));
    }

    [Fact]
    public void A_stopped_task_line_says_why_and_how_its_containers_ended()
    {
        var task = Task(LocalStatus.Stopped, Container("httpd", [], exitCode: 137, reason: LocalStatus.OutOfMemoryReason)) with
        {
            ServiceName = null,
            StopCode = LocalStatus.EssentialContainerExited,
            StoppedReason = LocalStatus.EssentialContainerExitedReason,
        };

        Assert.Equal(
            "family:web/1a2b3c4d STOPPED HEALTHY EssentialContainerExited: Essential container in task exited; httpd exit 137 (OutOfMemoryError: Container killed due to memory usage)",
            TaskRows.Line(task));
    }

    [Fact]
    public void Output_lines_mark_standard_error()
    {
        Assert.Equal("web/app/1a2b3c4d | hello", LogPrinter.Plain(new LocalLogLine("1a2b3c4d5e6f", "web", "app", "hello", IsError: false)));
        Assert.Equal("task/app/1a2b3c4d ! oops", LogPrinter.Plain(new LocalLogLine("1a2b3c4d5e6f", null, "app", "oops", IsError: true)));
    }

    [Fact]
    public void Run_exits_with_the_code_of_the_essential_container_that_stopped_first()
    {
        var now = DateTimeOffset.UtcNow;
        var task = Task(
            LocalStatus.Stopped,
            Container("sidecar", [], exitCode: 0, essential: false, finishedAt: now.AddSeconds(-2)),
            Container("main", [], exitCode: 3, finishedAt: now.AddSeconds(-1)),
            Container("other", [], exitCode: 143, finishedAt: now)) with { StopCode = LocalStatus.EssentialContainerExited };

        Assert.Equal(3, RunVerb.ExitCode(task));
        Assert.Equal(1, RunVerb.ExitCode(task with { StopCode = LocalStatus.TaskFailedToStart }));
        Assert.Equal(1, RunVerb.ExitCode(Task(LocalStatus.Stopped, Container("main", [])) with { StopCode = LocalStatus.UserInitiated }));
    }

    private static LocalTask Task(string status, params LocalContainer[] containers) => new()
    {
        TaskArn = "arn:aws:ecs:us-east-1:000000000000:task/main/1a2b3c4d5e6f",
        TaskId = "1a2b3c4d5e6f",
        App = "demo",
        Cluster = "main",
        Family = "web",
        Revision = 1,
        ServiceName = "web",
        LaunchType = "FARGATE",
        NetworkMode = "awsvpc",
        LastStatus = status,
        DesiredStatus = LocalStatus.Running,
        HealthStatus = LocalStatus.Healthy,
        CreatedAt = DateTimeOffset.UtcNow,
        Containers = containers,
    };

    private static LocalContainer Container(string name, LocalNetworkBinding[] ports, int? exitCode = null, string? reason = null, bool essential = true, DateTimeOffset? finishedAt = null) => new()
    {
        Name = name,
        Image = "ecskit/busybox:local",
        Essential = essential,
        LastStatus = exitCode is null ? LocalStatus.Running : LocalStatus.Stopped,
        ExitCode = exitCode,
        Reason = reason,
        NetworkBindings = ports,
        FinishedAt = finishedAt,
    };
}
