using EcsKit.Aws.Tests.FakeEcs;

namespace EcsKit.Aws.Tests.Deploy;

public sealed class DestroyScenarioTests
{
    private const string Arn = FakeEcsState.ArnPrefix;

    private static async Task<FakeEcsScenario> DeployedAsync(EcsApp app)
    {
        var ecs = new FakeEcsScenario();
        var result = await EcsDeployer.DeployAsync(TestPlanner.Plan(app, ecs.State), ecs.Api, ShopApp.Fast);
        Assert.True(result.Succeeded);
        ecs.Forget();
        return ecs;
    }

    private static EcsDestroyedResource Find(EcsDestroyResult result, string name) => Assert.Single(result.Resources, r => r.Name == name);

    [Fact]
    public async Task Destroy_scales_the_services_to_zero_deletes_them_and_the_cluster_and_deregisters_the_revisions_it_registered()
    {
        var app = ShopApp.Create();
        await using var ecs = await DeployedAsync(app);
        // A revision of the same family registered by someone else, and a later one of ours.
        await ecs.Api.RegisterTaskDefinitionAsync(app.TaskDefinitions[0]);
        await ecs.Api.RegisterTaskDefinitionAsync(EcsAppTag.Apply(app.TaskDefinitions[0], "shop"));
        ecs.Forget();
        var progress = new RecordingProgress<EcsDestroyProgress>();

        var result = await EcsDestroyer.DestroyAsync(app, ecs.Api, ShopApp.FastDestroy with { DeregisterTaskDefinitions = true }, progress);

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["UpdateService", "DeleteService", "UpdateService", "DeleteService", "DeregisterTaskDefinition", "DeregisterTaskDefinition", "DeregisterTaskDefinition", "DeleteCluster"],
            ecs.MutatingOperations);
        Assert.All(ecs.Ecs.Requests.Where(r => r.Operation == "UpdateService"), r => Assert.Equal(0, (int?)r.Json["desiredCount"]));
        Assert.Equal(EcsDestroyOutcome.Deleted, Find(result, "shop/web").Outcome);
        Assert.Equal(EcsDestroyOutcome.Deleted, Find(result, "shop/worker").Outcome);
        Assert.Equal(EcsDestroyOutcome.Deleted, Find(result, "web:1").Outcome);
        Assert.Equal(EcsDestroyOutcome.Deleted, Find(result, "web:3").Outcome);
        Assert.Equal(EcsDestroyOutcome.Deleted, Find(result, "worker:1").Outcome);
        Assert.Equal((EcsDestroyOutcome.Kept, "1 ACTIVE revision(s) not tagged ecskit:app=shop left as they are"), (Find(result, "web").Outcome, Find(result, "web").Detail));
        Assert.Equal(EcsDestroyOutcome.Deleted, Find(result, "shop").Outcome);

        Assert.Equal("INACTIVE", ecs.State.Clusters["shop"].Status);
        Assert.All(ecs.State.Services, s => Assert.Equal("INACTIVE", s.Status));
        Assert.All(ecs.State.Tasks, t => Assert.Equal("STOPPED", t.LastStatus));
        Assert.Equal(["INACTIVE", "ACTIVE", "INACTIVE"], ecs.State.Families["web"].Select(t => t.Status));
        Assert.Contains(progress.Reports, p => p is { Name: "shop/web", Step: EcsDestroyStep.ScalingToZero });
        Assert.Contains(progress.Reports, p => p is { Name: "shop/web", Step: EcsDestroyStep.Draining });
        Assert.Contains(progress.Reports, p => p is { Name: "shop", Step: EcsDestroyStep.Finished, Finished.Outcome: EcsDestroyOutcome.Deleted });
    }

    [Fact]
    public async Task Task_definitions_stay_registered_unless_asked()
    {
        var app = ShopApp.Create();
        await using var ecs = await DeployedAsync(app);

        var result = await EcsDestroyer.DestroyAsync(app, ecs.Api, ShopApp.FastDestroy);

        Assert.True(result.Succeeded);
        Assert.DoesNotContain("DeregisterTaskDefinition", ecs.MutatingOperations);
        Assert.DoesNotContain(result.Resources, r => r.Kind == EcsResourceKind.TaskDefinition);
        Assert.Equal("ACTIVE", ecs.State.FindTaskDefinition($"{Arn}task-definition/web:1")!.Status);
    }

    [Fact]
    public async Task Destroying_again_succeeds_and_reports_everything_already_gone()
    {
        var app = ShopApp.Create();
        await using var ecs = await DeployedAsync(app);
        var options = ShopApp.FastDestroy with { DeregisterTaskDefinitions = true };
        Assert.True((await EcsDestroyer.DestroyAsync(app, ecs.Api, options)).Succeeded);
        ecs.Forget();

        var again = await EcsDestroyer.DestroyAsync(app, ecs.Api, options);

        Assert.True(again.Succeeded);
        Assert.All(again.Resources, r => Assert.Equal(EcsDestroyOutcome.AlreadyGone, r.Outcome));
        Assert.Equal(["shop/web", "shop/worker", "web", "worker", "shop"], again.Resources.Select(r => r.Name));
        Assert.Equal("its cluster is gone", Find(again, "shop/web").Detail);
        Assert.Equal("INACTIVE", Find(again, "shop").Detail);
        Assert.Empty(ecs.MutatingOperations);
    }

    [Fact]
    public async Task Services_deleted_behind_its_back_or_never_created_are_already_gone()
    {
        var app = ShopApp.Create();
        app.Cluster("shop").Service("cron", s => s.TaskDefinition("worker").DesiredCount(1).Fargate().Subnets("subnet-1"));
        await using var ecs = await DeployedAsync(ShopApp.Create());
        await ecs.Api.UpdateServiceAsync(new EcsServiceUpdate("shop", "worker") { DesiredCount = 0 });
        await ecs.Api.DeleteServiceAsync("shop", "worker");
        ecs.Forget();

        var result = await EcsDestroyer.DestroyAsync(app, ecs.Api, ShopApp.FastDestroy);

        Assert.True(result.Succeeded);
        Assert.Equal(EcsDestroyOutcome.Deleted, Find(result, "shop/web").Outcome);
        Assert.Equal((EcsDestroyOutcome.AlreadyGone, "INACTIVE"), (Find(result, "shop/worker").Outcome, Find(result, "shop/worker").Detail));
        Assert.Equal((EcsDestroyOutcome.AlreadyGone, "MISSING"), (Find(result, "shop/cron").Outcome, Find(result, "shop/cron").Detail));
        Assert.Equal(EcsDestroyOutcome.Deleted, Find(result, "shop").Outcome);
        Assert.Equal(["UpdateService", "DeleteService", "DeleteCluster"], ecs.MutatingOperations);
    }

    [Fact]
    public async Task A_cluster_with_services_of_someone_else_is_kept()
    {
        var app = ShopApp.Create();
        await using var ecs = await DeployedAsync(app);
        await ecs.Api.CreateServiceAsync(new Service { Cluster = "shop", ServiceName = "legacy", TaskDefinition = "worker", DesiredCount = 1 });

        var result = await EcsDestroyer.DestroyAsync(app, ecs.Api, ShopApp.FastDestroy);

        Assert.True(result.Succeeded);
        Assert.Equal((EcsDestroyOutcome.Kept, "it has services this application does not declare: legacy"), (Find(result, "shop").Outcome, Find(result, "shop").Detail));
        Assert.Equal("ACTIVE", ecs.State.Clusters["shop"].Status);
        Assert.Equal("ACTIVE", ecs.State.FindService("shop", "legacy")!.Status);
        Assert.DoesNotContain("DeleteCluster", ecs.Operations);
    }

    [Fact]
    public async Task The_cluster_is_deleted_once_the_deleted_services_have_drained()
    {
        var app = ShopApp.Create();
        await using var ecs = await DeployedAsync(app);
        ecs.State.StopDescribes = 3;

        var result = await EcsDestroyer.DestroyAsync(app, ecs.Api, ShopApp.FastDestroy);

        Assert.True(result.Succeeded);
        Assert.Equal(EcsDestroyOutcome.Deleted, Find(result, "shop").Outcome);
        var afterDeletes = ecs.Operations.SkipWhile(o => o != "DeleteService").Skip(1).SkipWhile(o => o != "DeleteService").ToList();
        Assert.True(afterDeletes.Count(o => o == "DescribeServices") >= 3, string.Join(", ", afterDeletes));
        Assert.Equal("DeleteCluster", ecs.Operations[^1]);
        Assert.Equal(1, ecs.Operations.Count(o => o == "DeleteCluster"));
    }

    [Fact]
    public async Task A_cluster_whose_services_do_not_drain_in_time_fails_to_delete_with_the_ecs_error()
    {
        var app = ShopApp.Create();
        await using var ecs = await DeployedAsync(app);
        ecs.State.StopDescribes = 1000;

        var result = await EcsDestroyer.DestroyAsync(app, ecs.Api, ShopApp.FastDestroy with { Timeout = TimeSpan.FromMilliseconds(200) });

        Assert.False(result.Succeeded);
        var cluster = Find(result, "shop");
        Assert.Equal(EcsDestroyOutcome.Failed, cluster.Outcome);
        Assert.Contains("Services are active", cluster.Detail, StringComparison.Ordinal);
        Assert.Equal(EcsDestroyOutcome.Deleted, Find(result, "shop/web").Outcome);
    }
}
