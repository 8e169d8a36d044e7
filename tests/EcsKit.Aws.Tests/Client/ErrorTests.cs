using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Loopback;
using EcsKit.Aws.Tests.Wire;

namespace EcsKit.Aws.Tests.Client;

/// <summary>ECS error responses become <see cref="EcsApiException"/>s with the operation, the bare error code, ECS's message and the HTTP status.</summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("ClusterNotFoundException")]
    [InlineData("com.amazonaws.ecs#ClusterNotFoundException")]
    [InlineData("ClusterNotFoundException:http://internal.amazon.com/coral/com.amazon.coral.validate/")]
    public async Task A_cluster_not_found_error_carries_its_code_without_namespace_and_its_message(string type)
    {
        await using var ecs = new LoopbackEcs(_ => EcsReply.Error(type, "Cluster not found."));
        using var client = TestClients.For(ecs);

        var error = await Assert.ThrowsAsync<EcsApiException>(() => client.ListServicesAsync("nope"));

        Assert.Equal(("ListServices", "ClusterNotFoundException", "Cluster not found.", 400), (error.Operation, error.ErrorCode, error.ErrorMessage, error.StatusCode));
        Assert.Equal("ListServices: ClusterNotFoundException: Cluster not found.", error.Message);
        Assert.Single(ecs.Requests); // a client error is not retried
    }

    [Fact]
    public async Task The_capitalised_message_member_is_read_too()
    {
        await using var ecs = new LoopbackEcs(_ => new EcsReply(400, """{"__type":"com.amazonaws.ecs#InvalidParameterException","Message":"Task definition does not support launch_type FARGATE."}"""));
        using var client = TestClients.For(ecs);

        var error = await Assert.ThrowsAsync<EcsApiException>(() => client.CreateServiceAsync(ShopModel.Service));

        Assert.Equal(("CreateService", "InvalidParameterException", "Task definition does not support launch_type FARGATE."), (error.Operation, error.ErrorCode, error.ErrorMessage));
    }

    [Fact]
    public async Task A_task_definition_ecs_cannot_describe_is_none()
    {
        await using var ecs = new LoopbackEcs(_ => EcsReply.Error("ClientException", "Unable to describe task definition."));
        using var client = TestClients.For(ecs);

        Assert.Null(await client.DescribeTaskDefinitionAsync("nope:1"));
    }

    [Fact]
    public async Task A_cluster_ecs_reports_missing_is_none()
    {
        await using var ecs = new LoopbackEcs(_ => EcsReply.Ok(new JsonObject
        {
            ["clusters"] = new JsonArray(),
            ["failures"] = new JsonArray(EcsResponses.Failure($"arn:aws:ecs:us-east-1:{EcsResponses.Account}:cluster/nope")),
        }));
        using var client = TestClients.For(ecs);

        Assert.Null(await client.DescribeClusterAsync("nope"));
    }

    [Fact]
    public async Task A_describe_failure_other_than_missing_is_an_error_not_an_absence()
    {
        await using var ecs = new LoopbackEcs(_ => EcsReply.Ok(new JsonObject
        {
            ["services"] = new JsonArray(),
            ["failures"] = new JsonArray(new JsonObject { ["arn"] = "arn:svc/web", ["reason"] = "INTERNAL_ERROR", ["detail"] = "try again" }),
        }));
        using var client = TestClients.For(ecs);

        var error = await Assert.ThrowsAsync<EcsApiException>(() => client.DescribeServicesAsync("shop", ["web"]));

        Assert.Equal(("DescribeServices", "INTERNAL_ERROR"), (error.Operation, error.ErrorCode));
        Assert.Contains("try again", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_task_that_starts_nothing_says_why()
    {
        await using var ecs = new LoopbackEcs(_ => EcsReply.Ok(new JsonObject
        {
            ["tasks"] = new JsonArray(),
            ["failures"] = new JsonArray(new JsonObject { ["arn"] = "arn:aws:ecs:us-east-1:123456789012:container-instance/shop/1", ["reason"] = "RESOURCE:MEMORY" }),
        }));
        using var client = TestClients.For(ecs);

        var error = await Assert.ThrowsAsync<EcsApiException>(() => client.RunTaskAsync(new EcsRunTask("shop", "batch:1")));

        Assert.Equal(("RunTask", "RESOURCE:MEMORY"), (error.Operation, error.ErrorCode));
    }

    [Fact]
    public async Task Describe_services_asks_ecs_ten_services_at_a_time()
    {
        await using var ecs = new LoopbackEcs(request => EcsReply.Ok(new JsonObject
        {
            ["services"] = new JsonArray([.. request.Json["services"]!.AsArray().Select(s => (JsonNode)EcsResponses.Service(new JsonObject { ["serviceName"] = (string)s! }))]),
            ["failures"] = new JsonArray(),
        }));
        using var client = TestClients.For(ecs);
        var names = Enumerable.Range(1, 23).Select(i => $"svc-{i}").ToList();

        var services = await client.DescribeServicesAsync("shop", names);

        Assert.Equal(names, services.Select(s => s.ServiceName));
        Assert.Equal([10, 10, 3], ecs.Requests.Select(r => r.Json["services"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_definition_the_model_cannot_hold_is_reported_as_the_operations_failure()
    {
        await using var ecs = new LoopbackEcs(_ => EcsReply.Ok(new JsonObject
        {
            ["services"] = new JsonArray(EcsResponses.Service(new JsonObject { ["serviceName"] = "web", ["launchType"] = "TELEPORT" })),
            ["failures"] = new JsonArray(),
        }));
        using var client = TestClients.For(ecs);

        var error = await Assert.ThrowsAsync<EcsApiException>(() => client.DescribeServicesAsync("shop", ["web"]));

        Assert.Equal(("DescribeServices", "UnreadableResponse"), (error.Operation, error.ErrorCode));
        Assert.IsType<EcsJsonException>(error.InnerException);
    }
}
