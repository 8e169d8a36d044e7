namespace EcsKit.Aws.Tests.Deploy;

public sealed class ServiceWaiterTests
{
    private static readonly Service Declared = new() { ServiceName = "web" };

    private static EcsDeploymentInfo Deployment(string id, string status = "PRIMARY", string? rollout = "IN_PROGRESS", int running = 0) =>
        new(id, status, "web:2", 2, running, 0, 0, rollout, null, null);

    private static EcsServiceInfo Service(int running, params EcsDeploymentInfo[] deployments) =>
        new("arn:web", "web", "arn:shop", "ACTIVE", "web:2", 2, running, 0, deployments, [], Declared);

    private static readonly DeployedService Ours = new("shop/web", "shop", "web", Service(0, Deployment("ours"), Deployment("old", "ACTIVE", "COMPLETED", 2)));

    [Fact]
    public void One_completed_deployment_running_the_desired_count_is_stable() =>
        Assert.Equal(EcsServiceDeployState.Stable, ServiceWaiter.Judge(Ours, Service(2, Deployment("ours", rollout: "COMPLETED", running: 2))));

    [Fact]
    public void A_deployment_without_a_rollout_state_counts_by_the_waiter_rule_alone() =>
        Assert.Equal(EcsServiceDeployState.Stable, ServiceWaiter.Judge(Ours, Service(2, Deployment("ours", rollout: null, running: 2))));

    [Fact]
    public void Two_deployments_or_fewer_tasks_than_desired_are_still_on_their_way()
    {
        Assert.Null(ServiceWaiter.Judge(Ours, Service(2, Deployment("ours", running: 2), Deployment("old", "ACTIVE", "COMPLETED"))));
        Assert.Null(ServiceWaiter.Judge(Ours, Service(1, Deployment("ours", rollout: "COMPLETED", running: 1))));
    }

    [Fact]
    public void A_failed_rollout_is_a_failure_even_with_every_task_running() =>
        Assert.Equal(EcsServiceDeployState.Failed, ServiceWaiter.Judge(Ours, Service(2, Deployment("ours", rollout: "FAILED", running: 2))));

    [Fact]
    public void A_rollback_that_completed_is_a_failure() =>
        Assert.Equal(EcsServiceDeployState.Failed, ServiceWaiter.Judge(Ours, Service(2, Deployment("rollback", rollout: "COMPLETED", running: 2))));

    [Fact]
    public void A_service_missing_draining_or_inactive_is_missing()
    {
        Assert.Equal(EcsServiceDeployState.Missing, ServiceWaiter.Judge(Ours, null));
        Assert.Equal(EcsServiceDeployState.Missing, ServiceWaiter.Judge(Ours, Service(0, Deployment("ours")) with { Status = "DRAINING" }));
        Assert.Equal(EcsServiceDeployState.Missing, ServiceWaiter.Judge(Ours, Service(0, Deployment("ours")) with { Status = "INACTIVE" }));
    }
}
