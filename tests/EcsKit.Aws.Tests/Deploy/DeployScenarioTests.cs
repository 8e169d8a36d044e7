using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.FakeEcs;

namespace EcsKit.Aws.Tests.Deploy;

public sealed class DeployScenarioTests
{
    private const string Arn = FakeEcsState.ArnPrefix;

    private static async Task<EcsDeployResult> DeployAsync(FakeEcsScenario ecs, EcsApp app, EcsDeployOptions? options = null, IProgress<EcsDeployProgress>? progress = null) =>
        await EcsDeployer.DeployAsync(TestPlanner.Plan(app, ecs.State), ecs.Api, options ?? ShopApp.Fast, progress);

    private static JsonObject Body(FakeEcsScenario ecs, string operation, string service) =>
        ecs.Ecs.Requests.Where(r => r.Operation == operation).Select(r => r.Json).Single(j => (string?)j["serviceName"] == service || (string?)j["service"] == service);

    [Fact]
    public async Task A_first_deploy_creates_the_cluster_task_definitions_and_services_and_waits_until_they_are_stable()
    {
        await using var ecs = new FakeEcsScenario();
        ecs.State.Script("web", ServiceScript.StableAfter(3));
        var progress = new RecordingProgress<EcsDeployProgress>();

        var result = await DeployAsync(ecs, ShopApp.Create(), progress: progress);

        Assert.True(result.Succeeded, string.Join("; ", result.Services.Select(s => $"{s.ServiceName}: {s.State}")));
        Assert.Equal(
            ["CreateCluster", "RegisterTaskDefinition", "RegisterTaskDefinition", "CreateService", "CreateService"],
            ecs.MutatingOperations);
        Assert.Equal(
            [(EcsResourceKind.Cluster, "shop"), (EcsResourceKind.TaskDefinition, "web"), (EcsResourceKind.TaskDefinition, "worker"), (EcsResourceKind.Service, "shop/web"), (EcsResourceKind.Service, "shop/worker")],
            result.Changes.Select(c => (c.Kind, c.Name)));
        Assert.All(result.Changes, c => Assert.Equal(EcsChangeAction.Create, c.Action));
        Assert.Equal($"{Arn}task-definition/web:1", (string?)Body(ecs, "CreateService", "web")["taskDefinition"]);
        Assert.Equal($"{Arn}task-definition/worker:1", (string?)Body(ecs, "CreateService", "worker")["taskDefinition"]);
        Assert.Contains(ecs.State.TagsOf($"{Arn}task-definition/web:1"), t => t is { Key: "ecskit:app", Value: "shop" });

        Assert.All(result.Services, s => Assert.Equal(EcsServiceDeployState.Stable, s.State));
        var web = result.Services.Single(s => s.ServiceName == "web");
        Assert.Equal((2, 2), (web.Service!.RunningCount, web.Service.DesiredCount));
        Assert.Equal(ecs.State.FindService("shop", "web")!.Primary.Id, web.DeploymentId);
        Assert.Empty(web.StoppedTasks);
        Assert.Contains(progress.Reports, p => p is { Name: "shop/web", Step: EcsDeployStep.Waiting, PendingCount: 2, DesiredCount: 2, RolloutState: "IN_PROGRESS" });
        Assert.Contains(progress.Reports, p => p is { Name: "shop/web", Step: EcsDeployStep.Stable, RunningCount: 2, LatestEvent: "(service web) has reached a steady state." });
        Assert.Contains(progress.Reports, p => p is { Name: "web", Step: EcsDeployStep.Applied, Action: EcsChangeAction.Create } && p.Arn!.EndsWith("web:1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redeploying_an_unchanged_app_makes_no_mutating_call()
    {
        await using var ecs = new FakeEcsScenario();
        Assert.True((await DeployAsync(ecs, ShopApp.Create())).Succeeded);
        ecs.Forget();

        var plan = TestPlanner.Plan(ShopApp.Create(), ecs.State);
        var result = await EcsDeployer.DeployAsync(plan, ecs.Api, ShopApp.Fast);

        Assert.False(plan.HasChanges);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Changes);
        Assert.Empty(result.Services);
        Assert.Empty(ecs.MutatingOperations);
        Assert.All(ecs.Operations, o => Assert.True(o.StartsWith("Describe", StringComparison.Ordinal) || o.StartsWith("List", StringComparison.Ordinal), o));
    }

    [Fact]
    public async Task An_image_change_registers_a_new_revision_and_updates_the_service_to_its_arn()
    {
        await using var ecs = new FakeEcsScenario();
        Assert.True((await DeployAsync(ecs, ShopApp.Create())).Succeeded);
        ecs.Forget();

        var result = await DeployAsync(ecs, ShopApp.Create(webImage: "nginx:1.28"));

        Assert.True(result.Succeeded);
        Assert.Equal(["RegisterTaskDefinition", "UpdateService"], ecs.MutatingOperations);
        Assert.Equal($"{Arn}task-definition/web:2", (string?)Body(ecs, "UpdateService", "web")["taskDefinition"]);
        Assert.Equal(2, (int?)Body(ecs, "UpdateService", "web")["desiredCount"]);
        var web = Assert.Single(result.Services);
        Assert.Equal((EcsServiceDeployState.Stable, $"{Arn}task-definition/web:2"), (web.State, web.TaskDefinitionArn));
        var deployment = Assert.Single(web.Service!.Deployments);
        Assert.Equal((web.DeploymentId, "COMPLETED"), (deployment.Id, deployment.RolloutState));
        Assert.All(ecs.State.Tasks.Where(t => t.TaskDefinition.Revision == 1 && t.Group == "service:web"), t => Assert.Equal("ServiceSchedulerInitiated", t.StopCode));
    }

    [Fact]
    public async Task A_service_the_plan_leaves_unchanged_still_runs_the_new_revision_of_its_family()
    {
        await using var ecs = new FakeEcsScenario();
        Assert.True((await DeployAsync(ecs, ShopApp.Create())).Succeeded);
        var plan = TestPlanner.Plan(ShopApp.Create(webImage: "nginx:1.28"), ecs.State);
        plan = plan with { Changes = plan.Changes.Select(c => c.Kind == EcsResourceKind.Service ? c with { Action = EcsChangeAction.Unchanged } : c).ToList() };
        ecs.Forget();

        var result = await EcsDeployer.DeployAsync(plan, ecs.Api, ShopApp.Fast);

        Assert.True(result.Succeeded);
        Assert.Equal(["RegisterTaskDefinition", "UpdateService"], ecs.MutatingOperations);
        var update = Assert.Single(result.Changes, c => c.Kind == EcsResourceKind.Service);
        Assert.Equal((EcsChangeAction.Update, $"updated to run the new revision {Arn}task-definition/web:2"), (update.Action, update.Note));
    }

    [Fact]
    public async Task A_stuck_service_times_out_and_the_result_carries_the_service_and_its_events()
    {
        await using var ecs = new FakeEcsScenario();
        const string unplaceable = "(service {service}) was unable to place a task because no container instance met all of its requirements.";
        ecs.State.Script("web", ServiceScript.Stuck(unplaceable));
        var timeout = TimeSpan.FromMilliseconds(300);

        var result = await DeployAsync(ecs, ShopApp.Create(), ShopApp.Fast with { Timeout = timeout });

        Assert.Equal(EcsDeployStatus.TimedOut, result.Status);
        Assert.False(result.Succeeded);
        var web = result.Services.Single(s => s.ServiceName == "web");
        Assert.Equal(EcsServiceDeployState.TimedOut, web.State);
        Assert.True(web.Elapsed >= timeout);
        Assert.Equal((0, 2, "IN_PROGRESS"), (web.Service!.RunningCount, web.Service.DesiredCount, web.Service.Deployments[0].RolloutState));
        Assert.Contains(web.Service.Events, e => e.Message == "(service web) was unable to place a task because no container instance met all of its requirements.");
        Assert.Equal(EcsServiceDeployState.Stable, result.Services.Single(s => s.ServiceName == "worker").State);
        Assert.True(ecs.Operations.Count(o => o == "DescribeServices") > 3);
    }

    [Fact]
    public async Task Tasks_failing_under_the_circuit_breaker_fail_the_deploy_with_the_stopped_tasks_even_when_the_rollback_recovers()
    {
        await using var ecs = new FakeEcsScenario();
        Assert.True((await DeployAsync(ecs, ShopApp.Create(circuitBreaker: true))).Succeeded);
        ecs.State.Script("web", ServiceScript.TasksKeepFailing("Essential container in task exited", exitCode: 1));
        var progress = new RecordingProgress<EcsDeployProgress>();

        var result = await DeployAsync(ecs, ShopApp.Create(webImage: "nginx:broken", circuitBreaker: true), progress: progress);

        Assert.Equal(EcsDeployStatus.Failed, result.Status);
        var web = Assert.Single(result.Services);
        Assert.Equal(EcsServiceDeployState.Failed, web.State);
        var failed = web.Service!.Deployments.Single(d => d.Id == web.DeploymentId);
        Assert.Equal(("FAILED", FakeEcsState.CircuitBreakerReason), (failed.RolloutState, failed.RolloutStateReason));
        Assert.Contains(web.Service.Events, e => e.Message == $"(service web) (deployment {web.DeploymentId}) deployment failed: tasks failed to start.");
        Assert.InRange(web.StoppedTasks.Count, 3, 10);
        Assert.All(web.StoppedTasks, t =>
        {
            Assert.Equal(($"{Arn}task-definition/web:2", "STOPPED", "EssentialContainerExited", "Essential container in task exited"), (t.TaskDefinitionArn, t.LastStatus, t.StopCode, t.StoppedReason));
            Assert.Equal(1, Assert.Single(t.Containers).ExitCode);
        });
        Assert.Contains(progress.Reports, p => p is { Name: "shop/web", Step: EcsDeployStep.Failed, RolloutState: "FAILED" });

        // ECS rolled back to revision 1 (stable by now): the deploy is a failure all the same.
        Assert.Equal($"{Arn}task-definition/web:1", web.Service.Deployments[0].TaskDefinition);
        var service = Assert.Single(await ecs.Api.DescribeServicesAsync("shop", ["web"]));
        Assert.Equal(("COMPLETED", 2), (Assert.Single(service.Deployments).RolloutState, service.RunningCount));
    }

    [Fact]
    public async Task A_first_deploy_whose_image_cannot_be_pulled_fails_with_the_container_reason()
    {
        await using var ecs = new FakeEcsScenario();
        const string reason = "CannotPullContainerError: pull image manifest has been retried 5 time(s): nginx:nope: not found";
        ecs.State.Script("web", ServiceScript.TasksKeepFailing(
            "Task failed to start", stopCode: "TaskFailedToStart", exitCode: null, containerReason: reason));

        var result = await DeployAsync(ecs, ShopApp.Create(webImage: "nginx:nope", circuitBreaker: true, rollback: false));

        Assert.Equal(EcsDeployStatus.Failed, result.Status);
        var web = result.Services.Single(s => s.ServiceName == "web");
        Assert.Equal(EcsServiceDeployState.Failed, web.State);
        var task = web.StoppedTasks[0];
        Assert.Equal(("TaskFailedToStart", "Task failed to start"), (task.StopCode, task.StoppedReason));
        Assert.Equal((null, reason), (task.Containers[0].ExitCode, task.Containers[0].Reason));
        Assert.Equal(EcsServiceDeployState.Stable, result.Services.Single(s => s.ServiceName == "worker").State);
    }

    [Fact]
    public async Task Throttled_requests_are_retried_by_the_client()
    {
        await using var ecs = new FakeEcsScenario();
        ecs.State.ThrottleNext(2);

        var result = await DeployAsync(ecs, ShopApp.Create());

        Assert.True(result.Succeeded);
        Assert.Equal(["CreateCluster", "CreateCluster", "CreateCluster", "RegisterTaskDefinition"], ecs.Operations.Take(4));
        Assert.Single(ecs.State.Clusters);
    }

    [Fact]
    public async Task A_refused_call_ends_the_deploy_with_the_error_and_what_was_done_before_it()
    {
        await using var ecs = new FakeEcsScenario();
        var app = ShopApp.Create();
        var plan = TestPlanner.Plan(app, ecs.State);
        // A service the plan believes missing but that exists: CreateService is refused.
        await ecs.Api.CreateClusterAsync(new Cluster { ClusterName = "shop" });
        await ecs.Api.RegisterTaskDefinitionAsync(app.TaskDefinitions[0]);
        await ecs.Api.CreateServiceAsync(app.Services[0] with { TaskDefinition = "web" });
        ecs.Forget();

        var result = await EcsDeployer.DeployAsync(plan, ecs.Api, ShopApp.Fast);

        Assert.Equal(EcsDeployStatus.Failed, result.Status);
        Assert.Equal(("CreateService", "InvalidParameterException"), (result.Error!.Operation, result.Error.ErrorCode));
        Assert.Equal(["shop", "web", "worker"], result.Changes.Select(c => c.Name));
        Assert.Empty(result.Services);
    }

    [Fact]
    public async Task A_change_holding_the_wrong_kind_of_resource_is_rejected_before_any_call()
    {
        await using var ecs = new FakeEcsScenario();
        var plan = new EcsPlan("shop", [new EcsPlannedChange(EcsResourceKind.Service, "shop/web", EcsChangeAction.Create, [], new Cluster { ClusterName = "shop" }, null)]);

        await Assert.ThrowsAsync<ArgumentException>(() => EcsDeployer.DeployAsync(plan, ecs.Api));
        Assert.Empty(ecs.Operations);
    }
}
