namespace EcsKit.Docker.Tests.Tasks;

[Collection(DockerTests.Name)]
public sealed class TaskLifecycleTests
{
    private const string Busybox = DockerFixture.Busybox;

    [Fact]
    public async Task An_essential_container_exiting_stops_the_task_with_its_exit_code()
    {
        await using var test = await LocalTestApp.CreateAsync("essential");
        test.App.TaskDefinition("job", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("sidecar", c => c.Image(Busybox).Essential(false).InitProcessEnabled().Command("sleep", "3600"))
            .Container("main", c => c.Image(Busybox).Command("sh", "-c", "sleep 0.5; exit 3")));
        await using var local = await test.UpAsync();

        var task = await local.RunTaskAsync("job");

        Assert.Equal(LocalStatus.EssentialContainerExited, task.StopCode);
        Assert.Equal(LocalStatus.EssentialContainerExitedReason, task.StoppedReason);
        Assert.Equal(3, task.Container("main").ExitCode);
        Assert.Equal(LocalStatus.Stopped, task.Container("sidecar").LastStatus);
        Assert.Equal(143, task.Container("sidecar").ExitCode);
        Assert.NotNull(task.ExecutionStoppedAt);
        Assert.True(task.StoppedAt >= task.ExecutionStoppedAt);
    }

    [Fact]
    public async Task A_container_killed_for_memory_carries_the_out_of_memory_reason()
    {
        await using var test = await LocalTestApp.CreateAsync("oom");
        test.App.TaskDefinition("hog", td => td
            .Ec2()
            .Container("hog", c => c.Image(Busybox).Memory(8).Command("sh", "-c", "a=xxxxxxxxxxxxxxxx; while true; do a=$a$a; done")));
        await using var local = await test.UpAsync();

        var task = await local.RunTaskAsync("hog");

        Assert.Equal(LocalStatus.EssentialContainerExited, task.StopCode);
        Assert.Equal(137, task.Container("hog").ExitCode);
        Assert.Equal(LocalStatus.OutOfMemoryReason, task.Container("hog").Reason);
    }

    [Fact]
    public async Task Containers_start_after_their_SUCCESS_and_HEALTHY_dependencies()
    {
        // ECS accepts health check intervals from 5 s; the test suppresses that rule (ECS0060) to run in seconds.
        await using var test = await LocalTestApp.CreateAsync("depends", LocalTestApp.FastHealthChecks);
        test.App.TaskDefinition("ordered", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("init", c => c.Image(Busybox).Essential(false).Command("sh", "-c", "sleep 1"))
            .Container("db", c => c.Image(Busybox).Essential(false).InitProcessEnabled()
                .Command("sh", "-c", "sleep 1; touch /tmp/ready; exec sleep 3600")
                .HealthCheck("CMD-SHELL", "test -f /tmp/ready", interval: TimeSpan.FromSeconds(1), retries: 10))
            .Container("app", c => c.Image(Busybox).Command("true")
                .DependsOn("init", ContainerCondition.Success)
                .DependsOn("db", ContainerCondition.Healthy)));
        await using var local = await test.UpAsync();

        var task = await local.RunTaskAsync("ordered");

        Assert.Equal(0, task.Container("app").ExitCode);
        Assert.True(task.Container("app").StartedAt >= task.Container("init").FinishedAt, "app started before init completed");
        Assert.True(task.Container("app").StartedAt >= task.Container("db").StartedAt!.Value.AddSeconds(1), "app started before db could be healthy");
    }

    [Fact]
    public async Task A_SUCCESS_dependency_that_fails_stops_the_task_naming_both_containers()
    {
        await using var test = await LocalTestApp.CreateAsync("depfail");
        test.App.TaskDefinition("broken", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("migrate", c => c.Image(Busybox).Essential(false).Command("sh", "-c", "exit 2"))
            .Container("app", c => c.Image(Busybox).Command("sleep", "3600").DependsOn("migrate", ContainerCondition.Success)));
        await using var local = await test.UpAsync();

        var task = await local.RunTaskAsync("broken");

        Assert.Equal(LocalStatus.TaskFailedToStart, task.StopCode);
        Assert.Contains("'app'", task.StoppedReason);
        Assert.Contains("'migrate'", task.StoppedReason);
        Assert.Contains("SUCCESS", task.StoppedReason);
        Assert.Contains("code 2", task.StoppedReason);
        Assert.Null(task.Container("app").RuntimeId);
    }

    [Fact]
    public async Task A_HEALTHY_dependency_past_its_start_timeout_stops_the_task()
    {
        await using var test = await LocalTestApp.CreateAsync("deptimeout");
        test.App.TaskDefinition("slow", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("db", c => c.Image(Busybox).Essential(false).InitProcessEnabled().Command("sleep", "3600")
                .StartTimeout(TimeSpan.FromSeconds(2))
                .HealthCheck("CMD-SHELL", "exit 1", interval: TimeSpan.FromSeconds(5), retries: 10))
            .Container("app", c => c.Image(Busybox).Command("true").DependsOn("db", ContainerCondition.Healthy)));
        await using var local = await test.UpAsync();

        var task = await local.RunTaskAsync("slow");

        Assert.Equal(LocalStatus.TaskFailedToStart, task.StopCode);
        Assert.Contains("startTimeout of 2 s", task.StoppedReason);
    }

    [Fact]
    public async Task A_missing_image_fails_the_task_with_CannotPullContainerError()
    {
        await using var test = await LocalTestApp.CreateAsync("pull");
        test.App.TaskDefinition("ghost", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("ecskit-missing/ghost:1")));
        await using var local = await test.UpAsync();

        var task = await local.RunTaskAsync("ghost");

        Assert.Equal(LocalStatus.TaskFailedToStart, task.StopCode);
        Assert.StartsWith("CannotPullContainerError", task.StoppedReason);
        Assert.Contains("ecskit-missing/ghost:1", task.StoppedReason);
    }
}
