using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Loopback;

namespace EcsKit.Aws.Tests.FakeEcs;

public sealed class FakeEcsStateTests
{
    private static TaskDefinition Web(string image = "nginx:1") => new()
    {
        Family = "web",
        NetworkMode = NetworkMode.Awsvpc,
        ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = image, PortMappings = [new PortMapping { ContainerPort = 80 }] }],
    };

    [Fact]
    public async Task Task_definition_revisions_are_listed_two_per_page_and_described_with_tags()
    {
        await using var ecs = new FakeEcsScenario();
        var api = ecs.Api;
        for (var i = 0; i < 5; i++)
        {
            await api.RegisterTaskDefinitionAsync(Web() with { Tags = [new Tag { Key = "ecskit:app", Value = "shop" }] });
        }
        await api.DeregisterTaskDefinitionAsync("web:2");

        var active = await api.ListTaskDefinitionsAsync("web");
        var all = await api.ListTaskDefinitionsAsync("web", "ALL");
        var latest = await api.DescribeTaskDefinitionAsync("web");

        Assert.Equal(4, active.Count);
        Assert.Equal(5, all.Count);
        Assert.Equal(2 + 3, ecs.Operations.Count(o => o == "ListTaskDefinitions"));
        Assert.Equal($"{FakeEcsState.ArnPrefix}task-definition/web:5", latest!.TaskDefinitionArn);
        Assert.Equal("shop", Assert.Single(latest.Definition.Tags!).Value);
        Assert.Equal(80, latest.Definition.ContainerDefinitions[0].PortMappings![0].HostPort);
        Assert.Null(await api.DescribeTaskDefinitionAsync("api"));
        Assert.Equal("INACTIVE", (await api.DescribeTaskDefinitionAsync("web:2"))!.Status);
    }

    [Fact]
    public async Task Responses_carry_epoch_second_timestamps_and_ecs_error_types()
    {
        await using var ecs = new FakeEcsScenario();
        var api = ecs.Api;
        await api.CreateClusterAsync(new Cluster { ClusterName = "c" });
        await api.RegisterTaskDefinitionAsync(Web());
        await api.CreateServiceAsync(new Service { Cluster = "c", ServiceName = "web", TaskDefinition = "web", DesiredCount = 1 });

        var reply = ecs.State.Handle(new RecordedRequest("DescribeServices", new Dictionary<string, string>(), """{"cluster":"c","services":["web","gone"]}"""));
        var json = JsonNode.Parse(reply.Json)!;
        var missing = await Assert.ThrowsAsync<EcsApiException>(() => api.DescribeServicesAsync("nope", ["web"]));
        var duplicate = await Assert.ThrowsAsync<EcsApiException>(() => api.CreateServiceAsync(new Service { Cluster = "c", ServiceName = "web", TaskDefinition = "web", DesiredCount = 1 }));

        Assert.Equal(System.Text.Json.JsonValueKind.Number, json["services"]![0]!["createdAt"]!.GetValueKind());
        Assert.Equal("MISSING", (string?)json["failures"]![0]!["reason"]);
        Assert.Equal("ClusterNotFoundException", missing.ErrorCode);
        Assert.Equal("InvalidParameterException", duplicate.ErrorCode);
    }

    [Fact]
    public async Task A_service_becomes_stable_after_the_scripted_number_of_describes()
    {
        await using var ecs = new FakeEcsScenario();
        var api = ecs.Api;
        ecs.State.Script("web", ServiceScript.StableAfter(3));
        await api.CreateClusterAsync(new Cluster { ClusterName = "c" });
        await api.RegisterTaskDefinitionAsync(Web());
        await api.CreateServiceAsync(new Service { Cluster = "c", ServiceName = "web", TaskDefinition = "web", DesiredCount = 2 });

        var first = Assert.Single(await api.DescribeServicesAsync("c", ["web"]));
        await api.DescribeServicesAsync("c", ["web"]);
        var third = Assert.Single(await api.DescribeServicesAsync("c", ["web"]));

        Assert.Equal((0, 2, "IN_PROGRESS"), (first.RunningCount, first.PendingCount, first.Deployments[0].RolloutState));
        Assert.Equal((2, 0, "COMPLETED"), (third.RunningCount, third.PendingCount, third.Deployments[0].RolloutState));
        Assert.Equal("(service web) has reached a steady state.", third.Events[0].Message);
        Assert.Equal(2, (await api.ListTasksAsync("c", "web")).Count);
    }
}
