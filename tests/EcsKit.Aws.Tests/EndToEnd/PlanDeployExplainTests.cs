using EcsKit.Aws.Tests.Deploy;
using EcsKit.Aws.Tests.FakeEcs;
using Xunit.Abstractions;

namespace EcsKit.Aws.Tests.EndToEnd;

/// <summary>The planner, the deployer and the explainer together, through the real client, against the fake ECS over HTTP.</summary>
public sealed class PlanDeployExplainTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_deployed_app_plans_unchanged_and_redeploys_without_a_mutating_call()
    {
        await using var ecs = new FakeEcsScenario();
        var app = ShopApp.Create();

        var first = await EcsPlanner.PlanAsync(app, ecs.Api);
        output.WriteLine(EcsPlanText.Render(first));
        var deployed = await EcsDeployer.DeployAsync(first, ecs.Api, ShopApp.Fast);
        Assert.True(deployed.Succeeded, string.Join("; ", deployed.Services.Select(s => $"{s.ServiceName}: {s.State}")));

        ecs.Forget();
        var again = await EcsPlanner.PlanAsync(ShopApp.Create(), ecs.Api);
        output.WriteLine(EcsPlanText.Render(again));
        Assert.False(again.HasChanges, EcsPlanText.Render(again));
        var redeployed = await EcsDeployer.DeployAsync(again, ecs.Api, ShopApp.Fast);

        Assert.True(redeployed.Succeeded);
        Assert.Empty(ecs.MutatingOperations);
    }

    [Fact]
    public async Task An_image_change_plans_one_field_and_registers_one_revision()
    {
        await using var ecs = new FakeEcsScenario();
        Assert.True((await EcsDeployer.DeployAsync(await EcsPlanner.PlanAsync(ShopApp.Create(), ecs.Api), ecs.Api, ShopApp.Fast)).Succeeded);
        ecs.Forget();

        var plan = await EcsPlanner.PlanAsync(ShopApp.Create(webImage: "nginx:1.28"), ecs.Api);
        output.WriteLine(EcsPlanText.Render(plan));
        var deployed = await EcsDeployer.DeployAsync(plan, ecs.Api, ShopApp.Fast);

        var change = Assert.Single(plan.Changes, c => c.Kind == EcsResourceKind.TaskDefinition && c.Action == EcsChangeAction.Update);
        Assert.Equal("web", change.Name);
        var field = Assert.Single(change.Fields);
        Assert.Equal("\"nginx:1.27\"", field.Before);
        Assert.Equal("\"nginx:1.28\"", field.After);
        Assert.True(deployed.Succeeded);
        Assert.Equal(["RegisterTaskDefinition", "UpdateService"], ecs.MutatingOperations);
        Assert.Equal(2, ecs.State.Families["web"].Count);
    }

    [Fact]
    public async Task A_failed_deploy_is_explained_in_plain_words()
    {
        await using var ecs = new FakeEcsScenario();
        ecs.State.Script("web", ServiceScript.TasksKeepFailing(
            "Essential container in task exited", exitCode: 137, containerReason: "OutOfMemoryError: Container killed due to memory usage", container: "app"));
        var plan = await EcsPlanner.PlanAsync(ShopApp.Create(circuitBreaker: true, rollback: false), ecs.Api);

        var deployed = await EcsDeployer.DeployAsync(plan, ecs.Api, ShopApp.Fast);

        Assert.False(deployed.Succeeded);
        var web = Assert.Single(deployed.Services, s => s.ServiceName == "web");
        Assert.Equal(EcsServiceDeployState.Failed, web.State);
        var explanations = EcsFailureExplainer.Explain(web.Service!, web.StoppedTasks);
        var text = EcsExplainText.Render(explanations);
        output.WriteLine(text);
        Assert.Contains(explanations, e => e.Message == "Essential container in task exited" && e.Advice!.Contains("raise its memory", StringComparison.Ordinal));
        Assert.Contains(explanations, e => e.Message.Contains("deployment failed", StringComparison.Ordinal)
            && e.Advice!.Contains("This service does not roll back", StringComparison.Ordinal));
    }
}
