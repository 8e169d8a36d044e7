using EcsKit.Aws.Tests.Fakes;
using static EcsKit.Aws.Tests.Explain.Reports;

namespace EcsKit.Aws.Tests.Explain;

public class EcsExplainTests
{
    [Fact]
    public async Task Gathering_describes_the_service_and_explains_the_ten_newest_stopped_tasks()
    {
        var api = new FakeEcsApi();
        api.Add(ClusterName, Service([Closest("has insufficient memory available")]));
        for (var i = 0; i < 15; i++)
        {
            api.Tasks.Add((ClusterName, "web", Task($"t{i:00}", $"Reason {i:00}", minutesAgo: i)));
        }
        api.Tasks.Add((ClusterName, "other", Task("elsewhere", "Reason of another service")));

        var explanations = await EcsExplain.GatherAsync(api, ClusterName, "web");

        Assert.Equal(11, explanations.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"Reason {i:00}"), explanations.Skip(1).Select(e => e.Message));
        Assert.Equal(["DescribeServices shop web", "ListTasks shop web STOPPED", "DescribeTasks shop 15"], api.Calls);
    }

    [Fact]
    public async Task A_service_ECS_does_not_know_is_an_error()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => EcsExplain.GatherAsync(new FakeEcsApi(), ClusterName, "nope"));

        Assert.Equal("ECS has no service 'nope' in cluster 'shop'.", error.Message);
    }
}
