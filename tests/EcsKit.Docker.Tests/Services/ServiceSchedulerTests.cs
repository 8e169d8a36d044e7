using System.Diagnostics;
using Docker.DotNet.Models;
using Xunit.Abstractions;

namespace EcsKit.Docker.Tests.Services;

[Collection(DockerTests.Name)]
public sealed class ServiceSchedulerTests(DockerFixture docker, ITestOutputHelper output)
{
    private const string Busybox = DockerFixture.Busybox;

    private static TaskDefinition Web(EcsApp app, string family = "web", string version = "1") => app.TaskDefinition(family, td => td
        .Fargate(cpu: 256, memoryMiB: 512)
        .Container("httpd", c => c.Image(Busybox).InitProcessEnabled().StopTimeout(TimeSpan.FromSeconds(2))
            .Environment("VERSION", version)
            .Command("httpd", "-f", "-p", "80", "-h", "/www").Port(80)));

    [Fact]
    public async Task A_killed_task_is_replaced_at_once_and_the_desired_count_kept()
    {
        await using var test = await LocalTestApp.CreateAsync("replace");
        var web = Web(test.App);
        test.App.Cluster("c").Service("web", s => s.TaskDefinition(web).Subnets("subnet-local").DesiredCount(2));
        await using var local = await test.UpAsync();
        await local.WaitStableAsync(TimeSpan.FromSeconds(60));
        var victim = local.Services[0].Tasks[0];
        var before = local.Tasks.Select(t => t.TaskId).ToHashSet();

        var replaced = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        local.TaskChanged += task =>
        {
            if (!before.Contains(task.TaskId))
            {
                replaced.TrySetResult(clock.Elapsed);
            }
        };
        clock.Restart();
        await docker.Engine.Client.Containers.KillContainerAsync(victim.Container("httpd").RuntimeId!, new ContainerKillParameters { Signal = "SIGKILL" });

        var latency = await replaced.Task.WaitAsync(TimeSpan.FromSeconds(10));
        output.WriteLine($"replacement task accepted {latency.TotalMilliseconds:0} ms after docker kill");
        await local.WaitStableAsync(TimeSpan.FromSeconds(60));
        var service = local.Services[0];
        Assert.Equal(2, service.RunningCount);
        Assert.DoesNotContain(service.Tasks, t => t.TaskId == victim.TaskId);
        Assert.Contains(service.Events, e => e.Contains($"task {victim.TaskId} stopped: Essential container in task exited ('httpd' exit code 137)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_task_definition_rolls_within_minimum_healthy_percent()
    {
        await using var test = await LocalTestApp.CreateAsync("roll");
        test.App.Cluster("c").Service("web", s => s.TaskDefinition(Web(test.App)).Subnets("subnet-local").DesiredCount(2).RollingUpdate(50, 100));
        await using var local = await test.UpAsync();
        await local.WaitStableAsync(TimeSpan.FromSeconds(60));

        var lowest = int.MaxValue;
        var highest = 0;
        local.TaskChanged += _ =>
        {
            var live = local.Tasks.Where(t => t.DesiredStatus == LocalStatus.Running).ToList();
            lowest = Math.Min(lowest, live.Count(t => t.LastStatus == LocalStatus.Running));
            highest = Math.Max(highest, live.Count);
        };
        var next = new EcsApp(test.App.Name);
        next.Cluster("c").Service("web", s => s.TaskDefinition(Web(next, version: "2")).Subnets("subnet-local").DesiredCount(2).RollingUpdate(50, 100));
        await local.UpdateAsync(next);
        await local.WaitStableAsync(TimeSpan.FromSeconds(60));

        var service = local.Services[0];
        Assert.Equal("web:2", Assert.Single(service.Deployments).TaskDefinition);
        Assert.All(service.Tasks, t => Assert.Equal(2, t.Revision));
        Assert.True(lowest >= 1, $"fewer than 50 % of tasks were running during the rollout ({lowest})");
        Assert.True(highest <= 2, $"more than 100 % of tasks were live during the rollout ({highest})");
    }

    [Fact]
    public async Task The_circuit_breaker_fails_a_deployment_whose_tasks_keep_failing_and_rolls_back()
    {
        await using var test = await LocalTestApp.CreateAsync("breaker");
        test.App.Cluster("c").Service("web", s => s.TaskDefinition(Web(test.App)).Subnets("subnet-local").DesiredCount(1).CircuitBreaker(rollback: true));
        await using var local = await test.UpAsync();
        await local.WaitStableAsync(TimeSpan.FromSeconds(60));

        var next = new EcsApp(test.App.Name);
        var broken = next.TaskDefinition("web", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("httpd", c => c.Image(Busybox).Command("sh", "-c", "exit 1").Port(80)));
        next.Cluster("c").Service("web", s => s.TaskDefinition(broken).Subnets("subnet-local").DesiredCount(1).CircuitBreaker(rollback: true));
        await local.UpdateAsync(next);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!local.Services[0].Events.Any(e => e.Contains("deployment failed: tasks failed to start", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        await local.WaitStableAsync(TimeSpan.FromSeconds(60));
        var service = local.Services[0];
        Assert.True(service.Events.Any(e => e.Contains("rolling back", StringComparison.Ordinal)), string.Join("\n", service.Events));
        Assert.Equal("web:1", Assert.Single(service.Deployments).TaskDefinition);
        Assert.Equal(1, service.RunningCount);
    }

    [Fact]
    public async Task Bridge_replicas_get_dynamic_host_ports_that_answer()
    {
        await using var test = await LocalTestApp.CreateAsync("bridge");
        var web = test.App.TaskDefinition("web", td => td
            .Ec2()
            .Container("httpd", c => c.Image(Busybox).Memory(64).InitProcessEnabled().StopTimeout(TimeSpan.FromSeconds(2))
                .Command("httpd", "-f", "-p", "80", "-h", "/www").Port(80)));
        test.App.Cluster("c").Service("web", s => s.TaskDefinition(web).DesiredCount(2));
        await using var local = await test.UpAsync();
        await local.WaitStableAsync(TimeSpan.FromSeconds(60));

        var bindings = local.Services[0].Tasks.Select(t => Assert.Single(t.Container("httpd").NetworkBindings)).ToList();
        Assert.Equal(2, bindings.Select(b => b.HostPort).Distinct().Count());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var binding in bindings)
        {
            Assert.Equal(80, binding.ContainerPort);
            Assert.Contains("EcsKit", await http.GetStringAsync($"http://127.0.0.1:{binding.HostPort}/"));
        }
    }

    [Fact]
    public async Task Other_tasks_reach_a_service_by_its_name()
    {
        await using var test = await LocalTestApp.CreateAsync("discovery");
        test.App.Cluster("c").Service("web", s => s.TaskDefinition(Web(test.App)).Subnets("subnet-local").DesiredCount(1));
        test.App.TaskDefinition("probe", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("probe", c => c.Image(Busybox).Command("sh", "-c", "wget -qO- http://web/ | grep -q EcsKit")));
        await using var local = await test.UpAsync();
        await local.WaitStableAsync(TimeSpan.FromSeconds(60));

        var task = await local.RunTaskAsync("probe");

        Assert.Equal(0, task.Container("probe").ExitCode);
    }

    [Fact]
    public async Task Bridge_links_reach_the_linked_container_by_its_alias()
    {
        await using var test = await LocalTestApp.CreateAsync("links");
        test.App.TaskDefinition("linked", td => td
            .Ec2()
            .Container("db", c => c.Image(Busybox).Memory(32).Essential(false).InitProcessEnabled().Command("httpd", "-f", "-p", "5432", "-h", "/www"))
            .Container("app", c => c.Image(Busybox).Memory(32).Links("db:database")
                .Command("sh", "-c", "for i in $(seq 50); do wget -qO- http://database:5432/ | grep -q EcsKit && exit 0; sleep 0.1; done; exit 7")));
        await using var local = await test.UpAsync();

        var task = await local.RunTaskAsync("linked");

        Assert.Equal("bridge", task.NetworkMode);
        Assert.Equal(0, task.Container("app").ExitCode);
    }
}

