using System.Runtime.CompilerServices;
using EcsKit.Aws.Tests.FakeEcs;

namespace EcsKit.Hosting.Tests.Aws;

/// <summary>The AWS verbs of the command line against the fake ECS over HTTP (--endpoint-url), with the real client.</summary>
public sealed class AwsVerbTests
{
    // The verbs take credentials from the SDK's default chain: test ones here, and no config file of this machine.
    [ModuleInitializer]
    internal static void TestCredentials()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "test");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "test-secret");
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        // Every test names its region, so that none comes from this machine.
        Environment.SetEnvironmentVariable("AWS_REGION", null);
        Environment.SetEnvironmentVariable("AWS_DEFAULT_REGION", null);
        var empty = Path.Combine(Path.GetTempPath(), $"ecskit-hosting-tests-aws-{Environment.ProcessId}");
        File.WriteAllText(empty, "");
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", empty);
        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", empty);
    }

    private static string[] Aws(FakeEcsScenario ecs, params string[] args) =>
        [.. args, "--target", "aws", "--region", "us-east-1", "--endpoint-url", ecs.Ecs.Endpoint.ToString()];

    private static string[] Fast(FakeEcsScenario ecs, params string[] args) => [.. Aws(ecs, args), "--poll-interval", "0.01"];

    [Fact]
    public async Task Plan_deploy_and_a_second_deploy_that_changes_nothing()
    {
        await using var ecs = new FakeEcsScenario();
        var app = HostRun.SmallApp();

        var plan = await HostRun.Of(app, Aws(ecs, "plan"));
        Assert.Equal(0, plan.ExitCode);
        Assert.Contains("+ create service main/web", plan.Output, StringComparison.Ordinal);
        Assert.Contains("Plan: 3 to create, 0 to update, 0 unchanged.", plan.Output, StringComparison.Ordinal);
        Assert.Empty(ecs.MutatingOperations);

        var deploy = await HostRun.Of(app, Fast(ecs, "deploy"));
        Assert.True(deploy.ExitCode == 0, deploy.Output + deploy.Error);
        Assert.Contains("service main/web: stable, 1/1 running", deploy.Output, StringComparison.Ordinal);
        Assert.Contains("Deployed 'demo'", deploy.Error, StringComparison.Ordinal);

        ecs.Forget();
        var again = await HostRun.Of(app, Fast(ecs, "deploy"));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Plan: 0 to create, 0 to update, 3 unchanged.", again.Output, StringComparison.Ordinal);
        Assert.Empty(ecs.MutatingOperations);
    }

    [Fact]
    public async Task A_failed_deploy_exits_1_and_explains_why()
    {
        await using var ecs = new FakeEcsScenario();
        ecs.State.Script("web", ServiceScript.TasksKeepFailing(
            "Essential container in task exited", exitCode: 137, containerReason: "OutOfMemoryError: Container killed due to memory usage", container: "app"));
        var app = new EcsApp("demo");
        var web = app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Port(80)));
        app.Cluster("main").Service("web", s => s.TaskDefinition(web).DesiredCount(1).Subnets("subnet-1").CircuitBreaker(rollback: false));

        var deploy = await HostRun.Of(app, Fast(ecs, "deploy"));

        Assert.Equal(1, deploy.ExitCode);
        Assert.Contains("service main/web: the deployment failed", deploy.Error, StringComparison.Ordinal);
        Assert.Contains("deployment failed: tasks failed to start", deploy.Error, StringComparison.Ordinal);
        Assert.Contains("raise its memory", deploy.Error, StringComparison.Ordinal);
        Assert.Contains("Deploy of 'demo' failed", deploy.Error, StringComparison.Ordinal);

        var explain = await HostRun.Of(app, Aws(ecs, "explain", "web"));
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("raise its memory", explain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Destroy_removes_what_deploy_made_and_a_second_destroy_finds_it_gone()
    {
        await using var ecs = new FakeEcsScenario();
        var app = HostRun.SmallApp();
        Assert.Equal(0, (await HostRun.Of(app, Fast(ecs, "deploy"))).ExitCode);

        var destroy = await HostRun.Of(app, Fast(ecs, "destroy", "--deregister-task-definitions"));
        Assert.True(destroy.ExitCode == 0, destroy.Output + destroy.Error);
        Assert.Contains("service main/web: deleted", destroy.Output, StringComparison.Ordinal);
        Assert.Contains("cluster main: deleted", destroy.Output, StringComparison.Ordinal);
        Assert.Contains("UpdateService", ecs.Operations);
        Assert.Contains("DeregisterTaskDefinition", ecs.Operations);

        var again = await HostRun.Of(app, Fast(ecs, "destroy"));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already gone", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Container_instances_user_data_and_pruning()
    {
        await using var ecs = new FakeEcsScenario();
        var app = HostRun.SmallApp();
        Assert.Equal(0, (await HostRun.Of(app, Fast(ecs, "deploy"))).ExitCode);
        ecs.State.AddContainerInstance("main", "i-0aaa", agentConnected: false);
        ecs.State.AddContainerInstance("main", "i-0bbb", agentConnected: true);

        var config = await HostRun.Of(app, "ecs-config", "--set", "ECS_ENABLE_CONTAINER_METADATA=true");
        Assert.Equal(0, config.ExitCode);
        Assert.Contains("ECS_CLUSTER=main", config.Output, StringComparison.Ordinal);
        Assert.Contains("ECS_ENABLE_CONTAINER_METADATA=true", config.Output, StringComparison.Ordinal);

        var dry = await HostRun.Of(app, "prune-instances", "main", "--region", "us-east-1", "--endpoint-url", ecs.Ecs.Endpoint.ToString());
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("would deregister", dry.Output, StringComparison.Ordinal);
        Assert.Contains("i-0aaa", dry.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("i-0bbb", dry.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DeregisterContainerInstance", ecs.Operations);
    }

    [Fact]
    public async Task Without_a_region_the_AWS_verbs_say_how_to_give_one()
    {
        var run = await HostRun.Of(HostRun.SmallApp(), "plan", "--target", "aws", "--endpoint-url", "http://127.0.0.1:9/");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: No AWS region", run.Error, StringComparison.Ordinal);
    }
}
