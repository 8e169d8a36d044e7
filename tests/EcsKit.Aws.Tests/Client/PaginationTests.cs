using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Loopback;
using EcsKit.Aws.Tests.Wire;

namespace EcsKit.Aws.Tests.Client;

/// <summary>List operations follow nextToken to the last page (paginators-1.json: input and output token nextToken).</summary>
public sealed class PaginationTests
{
    [Fact]
    public async Task List_services_follows_next_token_across_three_pages()
    {
        await using var ecs = new LoopbackEcs(request => (string?)request.Json["nextToken"] switch
        {
            null => EcsReply.Ok(new JsonObject { ["serviceArns"] = new JsonArray("arn:svc/a", "arn:svc/b"), ["nextToken"] = "page-2" }),
            "page-2" => EcsReply.Ok(new JsonObject { ["serviceArns"] = new JsonArray("arn:svc/c"), ["nextToken"] = "page-3" }),
            "page-3" => EcsReply.Ok(new JsonObject { ["serviceArns"] = new JsonArray("arn:svc/d") }),
            var other => EcsReply.Error("InvalidParameterException", $"unknown token {other}"),
        });
        using var client = TestClients.For(ecs);

        var services = await client.ListServicesAsync("shop");

        Assert.Equal(["arn:svc/a", "arn:svc/b", "arn:svc/c", "arn:svc/d"], services);
        Assert.Equal([null, "page-2", "page-3"], ecs.Requests.Select(r => (string?)r.Json["nextToken"]));
        Assert.All(ecs.Requests, r =>
        {
            WireAssert.IsEcsCall(r, "ListServices");
            Assert.Equal("shop", (string?)r.Json["cluster"]);
        });
    }

    public static TheoryData<string> PaginatedOperations => new(EcsOperations.Paginated.Keys);

    [Theory]
    [MemberData(nameof(PaginatedOperations))]
    public async Task Every_paginated_list_operation_follows_next_token(string operation)
    {
        var resultKey = EcsOperations.Paginated[operation];
        await using var ecs = new LoopbackEcs(request => request.Json.ContainsKey("nextToken")
            ? EcsReply.Ok(new JsonObject { [resultKey] = new JsonArray("arn:2") })
            : EcsReply.Ok(new JsonObject { [resultKey] = new JsonArray("arn:1"), ["nextToken"] = "t" }));
        using var client = TestClients.For(ecs);

        IReadOnlyList<string> all = operation switch
        {
            "ListTaskDefinitions" => await client.ListTaskDefinitionsAsync("shop-web"),
            "ListServices" => await client.ListServicesAsync("shop"),
            "ListTasks" => await client.ListTasksAsync("shop"),
            "ListContainerInstances" => await client.ListContainerInstancesAsync("shop"),
            _ => throw new InvalidOperationException(operation),
        };

        Assert.Equal(["arn:1", "arn:2"], all);
        Assert.Equal(2, ecs.Requests.Count);
        Assert.All(ecs.Requests, r => WireAssert.IsEcsCall(r, operation));
    }

    [Fact]
    public void The_paginated_operations_are_those_paginators_json_names_among_the_interfaces_operations()
    {
        var paginators = SharedPaginators();
        if (paginators is null)
        {
            return; // ../shared is not everywhere the tests run
        }
        var named = paginators["pagination"]!.AsObject()
            .Where(p => EcsOperations.All.Contains(p.Key))
            .ToDictionary(p => p.Key, p => (string)p.Value!["result_key"]!);
        Assert.Equal(named.OrderBy(p => p.Key), EcsOperations.Paginated.OrderBy(p => p.Key));
        Assert.All(paginators["pagination"]!.AsObject().Where(p => named.ContainsKey(p.Key)), p =>
            Assert.Equal(("nextToken", "nextToken"), ((string?)p.Value!["input_token"], (string?)p.Value["output_token"])));
    }

    private static JsonObject? SharedPaginators() =>
        SharedSpecs.Ecs("paginators-1.json") is { } path ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : null;
}
