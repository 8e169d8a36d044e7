using EcsKit.Aws.Tests.FakeEcs;

namespace EcsKit.Aws.Tests.Instances;

public sealed class EcsInstancePrunerTests
{
    private static async Task<FakeEcsScenario> ClusterWithInstancesAsync()
    {
        var ecs = new FakeEcsScenario();
        await ecs.Api.CreateClusterAsync(new Cluster { ClusterName = "shop" });
        ecs.State.AddContainerInstance("shop", "i-0connected1", agentConnected: true, runningTasksCount: 2);
        ecs.State.AddContainerInstance("shop", "i-0terminated", agentConnected: false, runningTasksCount: 1);
        ecs.State.AddContainerInstance("shop", "i-0connected2", agentConnected: true);
        ecs.State.AddContainerInstance("shop", "i-0stopped000", agentConnected: false);
        ecs.State.AddContainerInstance("other", "i-0elsewhere0", agentConnected: false);
        ecs.Forget();
        return ecs;
    }

    [Fact]
    public async Task A_dry_run_lists_the_disconnected_instances_and_deregisters_nothing()
    {
        await using var ecs = await ClusterWithInstancesAsync();

        var result = await EcsInstancePruner.PruneAsync(ecs.Api, "shop");

        Assert.True(result.DryRun);
        Assert.Equal(["i-0terminated", "i-0stopped000"], result.Disconnected.Select(i => i.Ec2InstanceId));
        Assert.Empty(result.Deregistered);
        Assert.Empty(ecs.MutatingOperations);
        Assert.All(ecs.State.ContainerInstances, i => Assert.Equal("ACTIVE", i.Status));
    }

    [Fact]
    public async Task A_real_run_deregisters_only_the_disconnected_instances_of_the_cluster()
    {
        await using var ecs = await ClusterWithInstancesAsync();

        var result = await EcsInstancePruner.PruneAsync(ecs.Api, "shop", dryRun: false);

        Assert.False(result.DryRun);
        Assert.Equal(result.Disconnected.Select(i => i.ContainerInstanceArn), result.Deregistered);
        Assert.Empty(result.Errors);
        Assert.Equal(["DeregisterContainerInstance", "DeregisterContainerInstance"], ecs.MutatingOperations);
        Assert.All(ecs.Ecs.Requests.Where(r => r.Operation == "DeregisterContainerInstance"), r => Assert.True((bool?)r.Json["force"]));
        Assert.Equal(
            ["ACTIVE", "INACTIVE", "ACTIVE", "INACTIVE", "ACTIVE"],
            ecs.State.ContainerInstances.Select(i => i.Status));
        Assert.Empty((await EcsInstancePruner.PruneAsync(ecs.Api, "shop")).Disconnected);
    }
}
