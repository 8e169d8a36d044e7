using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Loopback;
using EcsKit.Aws.Tests.Wire;

namespace EcsKit.Aws.Tests.Client;

/// <summary>The SDK runtime's standard retry mode at work: throttling and 5xx are retried with backoff, client errors are not.</summary>
public sealed class RetryTests
{
    [Fact]
    public async Task Throttling_twice_then_success_is_retried_and_succeeds()
    {
        var calls = 0;
        await using var ecs = new LoopbackEcs(_ => Interlocked.Increment(ref calls) <= 2
            ? EcsReply.Error("ThrottlingException", "Rate exceeded")
            : EcsReply.Ok(new JsonObject { ["serviceArns"] = new JsonArray("arn:svc/web") }));
        using var client = TestClients.For(ecs);

        var services = await client.ListServicesAsync("shop");

        Assert.Equal(["arn:svc/web"], services);
        Assert.Equal(3, ecs.Requests.Count);
        // Every attempt is signed afresh and carries the SDK's attempt counter.
        Assert.Equal(["attempt=1; max=5", "attempt=2; max=5", "attempt=3; max=5"], ecs.Requests.Select(r => r.Headers["amz-sdk-request"]));
        Assert.All(ecs.Requests, r => WireAssert.IsEcsCall(r, "ListServices"));
    }

    [Fact]
    public async Task A_server_error_then_success_is_retried()
    {
        var calls = 0;
        await using var ecs = new LoopbackEcs(_ => Interlocked.Increment(ref calls) == 1
            ? EcsReply.Error("ServerException", "Service Unavailable. Please try again later.", 500)
            : EcsReply.Ok(new JsonObject { ["cluster"] = EcsResponses.Cluster() }));
        using var client = TestClients.For(ecs);

        await client.DeleteClusterAsync("shop");

        Assert.Equal(2, ecs.Requests.Count);
    }

    [Fact]
    public async Task A_503_without_an_ecs_body_is_retried_too()
    {
        var calls = 0;
        await using var ecs = new LoopbackEcs(_ => Interlocked.Increment(ref calls) == 1
            ? new EcsReply(503, "<html>Service Unavailable</html>")
            : EcsReply.Ok(new JsonObject { ["tags"] = new JsonArray() }));
        using var client = TestClients.For(ecs);

        Assert.Empty(await client.ListTagsForResourceAsync(EcsResponses.ClusterArn));
        Assert.Equal(2, ecs.Requests.Count);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_ends_in_the_throttling_error()
    {
        await using var ecs = new LoopbackEcs(_ => EcsReply.Error("ThrottlingException", "Rate exceeded"));
        using var client = TestClients.For(ecs, maxErrorRetries: 1);

        var error = await Assert.ThrowsAsync<EcsApiException>(() => client.ListTasksAsync("shop"));

        Assert.Equal(("ListTasks", "ThrottlingException", "Rate exceeded", 400), (error.Operation, error.ErrorCode, error.ErrorMessage, error.StatusCode));
        Assert.Equal(2, ecs.Requests.Count);
    }

    [Fact]
    public async Task An_attempt_that_outlasts_the_timeout_is_abandoned_and_retried()
    {
        var calls = 0;
        await using var ecs = new LoopbackEcs(_ =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                Thread.Sleep(TimeSpan.FromSeconds(2));
            }
            return EcsReply.Ok(new JsonObject { ["taskArns"] = new JsonArray("arn:task/1") });
        });
        using var client = new EcsApiClient(new EcsApiClientOptions
        {
            Region = TestClients.Region,
            Credentials = new Amazon.Runtime.BasicAWSCredentials(TestClients.AccessKey, TestClients.SecretKey),
            ServiceUrl = ecs.Endpoint,
            Timeout = TimeSpan.FromMilliseconds(500),
        });

        Assert.Equal(["arn:task/1"], await client.ListTasksAsync("shop"));
        // The endpoint serves one request at a time: attempts sent while the first sleeps time out in its queue too.
        Assert.InRange(ecs.Requests.Count, 2, 5);
    }
}
