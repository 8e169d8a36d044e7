using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Loopback;

namespace EcsKit.Aws.Tests.Wire;

/// <summary>
/// Every IEcsApi operation against the loopback endpoint: the request on the wire (method, path, JSON 1.1 headers,
/// a SigV4 signature for ecs/us-east-1 that verifies, a body the ECS model accepts, the members that matter) and
/// the response read back into EcsKit's records.
/// </summary>
public sealed class OperationWireTests
{
    private const string TaskArn = $"arn:aws:ecs:us-east-1:{EcsResponses.Account}:task/shop/0a1b2c3d";
    private const string InstanceArn = $"arn:aws:ecs:us-east-1:{EcsResponses.Account}:container-instance/shop/9f8e7d6c";

    public static TheoryData<string> Operations => new(EcsOperations.All);

    [Fact]
    public void Every_operation_of_the_interface_has_a_wire_scenario()
    {
        Assert.Equal(EcsOperations.All.Order(StringComparer.Ordinal), Scenarios.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(typeof(IEcsApi).GetMethods().Length, EcsOperations.All.Count);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Sends_the_operation_as_a_signed_json_request_and_reads_the_response(string operation)
    {
        var scenario = Scenarios[operation];
        await using var ecs = new LoopbackEcs(request => EcsReply.Ok(scenario.Respond(request.Json)));
        using var client = TestClients.For(ecs);

        var result = await scenario.Call(client);

        var request = Assert.Single(ecs.Requests);
        WireAssert.IsEcsCall(request, operation);
        scenario.Verify(request.Json, result);
    }

    private sealed record Scenario(Func<JsonObject, JsonNode> Respond, Func<EcsApiClient, Task<object?>> Call, Action<JsonObject, object?> Verify);

    private static readonly Dictionary<string, Scenario> Scenarios = new()
    {
        ["CreateCluster"] = new(
            body => new JsonObject { ["cluster"] = EcsResponses.Cluster(request: body) },
            async c => await c.CreateClusterAsync(ShopModel.Cluster),
            (body, result) =>
            {
                Assert.Equal("shop", (string?)body["clusterName"]);
                Assert.Equal("containerInsights", (string?)body["settings"]![0]!["name"]);
                var cluster = Assert.IsType<EcsClusterInfo>(result);
                Assert.Equal(EcsResponses.ClusterArn, cluster.ClusterArn);
                Assert.Equal("ACTIVE", cluster.Status);
                Assert.Equal(EcsJson.Serialize(ShopModel.Cluster), EcsJson.Serialize(cluster.Definition));
            }),
        ["DescribeClusters"] = new(
            _ => new JsonObject { ["clusters"] = new JsonArray(EcsResponses.Cluster()), ["failures"] = new JsonArray() },
            async c => await c.DescribeClusterAsync("shop"),
            (body, result) =>
            {
                Assert.Equal(["shop"], body["clusters"]!.AsArray().Select(n => (string?)n));
                Assert.Contains("TAGS", body["include"]!.AsArray().Select(n => (string?)n));
                var cluster = Assert.IsType<EcsClusterInfo>(result);
                Assert.Equal(("shop", 2, 7, 3), (cluster.ClusterName, cluster.ActiveServicesCount, cluster.RunningTasksCount, cluster.RegisteredContainerInstancesCount));
                Assert.Equal("shop", cluster.Definition.ClusterName);
            }),
        ["DeleteCluster"] = new(
            _ => new JsonObject { ["cluster"] = EcsResponses.Cluster() },
            async c => { await c.DeleteClusterAsync("shop"); return null; },
            (body, _) => Assert.Equal("shop", (string?)body["cluster"])),
        ["RegisterTaskDefinition"] = new(
            body => EcsResponses.TaskDefinition(body, revision: 3),
            async c => await c.RegisterTaskDefinitionAsync(ShopModel.TaskDefinition),
            (body, result) =>
            {
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(EcsJson.Serialize(ShopModel.TaskDefinition)), body), "the body is not the definition's ECS JSON");
                Assert.Equal("512", (string?)body["cpu"]);
                var info = Assert.IsType<EcsTaskDefinitionInfo>(result);
                Assert.Equal((3, "ACTIVE"), (info.Revision, info.Status));
                Assert.EndsWith("task-definition/shop-web:3", info.TaskDefinitionArn, StringComparison.Ordinal);
                // Read-only members (revision, registeredAt ...) are dropped and the tags beside the definition come back into it.
                Assert.Equal(EcsJson.Serialize(ShopModel.TaskDefinition), EcsJson.Serialize(info.Definition));
            }),
        ["DescribeTaskDefinition"] = new(
            _ => EcsResponses.TaskDefinition(JsonNode.Parse(EcsJson.Serialize(ShopModel.TaskDefinition))!.AsObject(), revision: 4),
            async c => await c.DescribeTaskDefinitionAsync("shop-web"),
            (body, result) =>
            {
                Assert.Equal("shop-web", (string?)body["taskDefinition"]);
                Assert.Equal(["TAGS"], body["include"]!.AsArray().Select(n => (string?)n));
                var info = Assert.IsType<EcsTaskDefinitionInfo>(result);
                Assert.Equal(4, info.Revision);
                Assert.Equal("storefront", info.Definition.Tags!.Single().Value);
            }),
        ["ListTaskDefinitions"] = new(
            _ => new JsonObject { ["taskDefinitionArns"] = new JsonArray("arn:td/shop-web:1", "arn:td/shop-web:2") },
            async c => await c.ListTaskDefinitionsAsync("shop-web", "ACTIVE"),
            (body, result) =>
            {
                Assert.Equal(("shop-web", "ACTIVE"), ((string?)body["familyPrefix"], (string?)body["status"]));
                Assert.False(body.ContainsKey("nextToken"));
                Assert.Equal(["arn:td/shop-web:1", "arn:td/shop-web:2"], Assert.IsType<IReadOnlyList<string>>(result, exactMatch: false));
            }),
        ["DeregisterTaskDefinition"] = new(
            body => EcsResponses.TaskDefinition(JsonNode.Parse(EcsJson.Serialize(ShopModel.TaskDefinition))!.AsObject(), revision: 2, status: "INACTIVE"),
            async c => { await c.DeregisterTaskDefinitionAsync("shop-web:2"); return null; },
            (body, _) => Assert.Equal("shop-web:2", (string?)body["taskDefinition"])),
        ["CreateService"] = new(
            body => new JsonObject { ["service"] = EcsResponses.Service(body) },
            async c => await c.CreateServiceAsync(ShopModel.Service with { TaskDefinition = "shop-web:3" }),
            (body, result) =>
            {
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(EcsJson.Serialize(ShopModel.Service with { TaskDefinition = "shop-web:3" })), body), "the body is not the service's ECS JSON");
                var service = Assert.IsType<EcsServiceInfo>(result);
                Assert.Equal(("shop-web", EcsResponses.ClusterArn, "ACTIVE", 2, 1, 1), (service.ServiceName, service.ClusterArn, service.Status, service.DesiredCount, service.RunningCount, service.PendingCount));
                Assert.Equal("shop-web:3", service.TaskDefinition);
                var deployment = Assert.Single(service.Deployments);
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764061200250), deployment.CreatedAt);
                Assert.Equal(ShopModel.Service.LoadBalancers, service.Definition.LoadBalancers);
                Assert.Equal(EcsResponses.ClusterArn, service.Definition.Cluster);
            }),
        ["UpdateService"] = new(
            body => new JsonObject
            {
                ["service"] = EcsResponses.Service(
                    new JsonObject { ["serviceName"] = "shop-web", ["taskDefinition"] = "shop-web:4", ["desiredCount"] = 3 },
                    deployments: new JsonArray(
                        EcsResponses.Deployment("ecs-svc/1111", "ACTIVE", "shop-web:3", 1764061200, "COMPLETED"),
                        EcsResponses.Deployment("ecs-svc/2222", "PRIMARY", "shop-web:4", 1764064800)),
                    events: new JsonArray(
                        EcsResponses.Event("e2", 1764064900.75, "(service shop-web) has started 1 tasks: (task 0a1b2c3d)."),
                        EcsResponses.Event("e1", 1764061500, "(service shop-web) has reached a steady state."))),
            },
            async c => await c.UpdateServiceAsync(new EcsServiceUpdate("shop", "shop-web")
            {
                TaskDefinition = "shop-web:4",
                DesiredCount = 3,
                DeploymentConfiguration = ShopModel.Service.DeploymentConfiguration,
                NetworkConfiguration = ShopModel.Service.NetworkConfiguration,
                LoadBalancers = [],
                HealthCheckGracePeriodSeconds = 45,
                ForceNewDeployment = true,
            }),
            (body, result) =>
            {
                Assert.Equal(("shop", "shop-web", "shop-web:4", 3, 45), ((string?)body["cluster"], (string?)body["service"], (string?)body["taskDefinition"], (int?)body["desiredCount"], (int?)body["healthCheckGracePeriodSeconds"]));
                Assert.True((bool?)body["forceNewDeployment"]);
                Assert.Empty(body["loadBalancers"]!.AsArray());
                Assert.Equal(true, (bool?)body["deploymentConfiguration"]!["deploymentCircuitBreaker"]!["rollback"]);
                Assert.Equal("subnet-0a1b2c3d4e5f60001", (string?)body["networkConfiguration"]!["awsvpcConfiguration"]!["subnets"]![0]);
                var service = Assert.IsType<EcsServiceInfo>(result);
                Assert.Equal(["PRIMARY", "ACTIVE"], service.Deployments.Select(d => d.Status));
                Assert.Equal(("shop-web:4", 1, "IN_PROGRESS"), (service.Deployments[0].TaskDefinition, service.Deployments[0].FailedTasks, service.Deployments[0].RolloutState));
                Assert.Equal(["e2", "e1"], service.Events.Select(e => e.Id));
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764064900750), service.Events[0].CreatedAt);
            }),
        ["DescribeServices"] = new(
            _ => new JsonObject
            {
                ["services"] = new JsonArray(EcsResponses.Service(JsonNode.Parse(EcsJson.Serialize(ShopModel.Service with { TaskDefinition = "shop-web:3" }))!.AsObject())),
                ["failures"] = new JsonArray(EcsResponses.Failure($"arn:aws:ecs:us-east-1:{EcsResponses.Account}:service/shop/gone")),
            },
            async c => await c.DescribeServicesAsync("shop", ["shop-web", "gone"]),
            (body, result) =>
            {
                Assert.Equal(["shop-web", "gone"], body["services"]!.AsArray().Select(n => (string?)n));
                Assert.Equal(["TAGS"], body["include"]!.AsArray().Select(n => (string?)n));
                var service = Assert.Single(Assert.IsType<IReadOnlyList<EcsServiceInfo>>(result, exactMatch: false));
                Assert.Equal("storefront", service.Definition.Tags!.Single().Value);
                Assert.Equal(PropagateTags.Service, service.Definition.PropagateTags);
            }),
        ["DeleteService"] = new(
            body => new JsonObject { ["service"] = EcsResponses.Service(new JsonObject { ["serviceName"] = "shop-web" }) },
            async c => { await c.DeleteServiceAsync("shop", "shop-web", force: true); return null; },
            (body, _) => Assert.Equal(("shop", "shop-web", true), ((string?)body["cluster"], (string?)body["service"], (bool?)body["force"]))),
        ["ListServices"] = new(
            _ => new JsonObject { ["serviceArns"] = new JsonArray("arn:svc/shop-web") },
            async c => await c.ListServicesAsync("shop"),
            (body, result) =>
            {
                Assert.Equal("shop", (string?)body["cluster"]);
                Assert.Equal(["arn:svc/shop-web"], Assert.IsType<IReadOnlyList<string>>(result, exactMatch: false));
            }),
        ["RunTask"] = new(
            _ => new JsonObject { ["tasks"] = new JsonArray(EcsResponses.Task("0a1b2c3d", "PROVISIONING")), ["failures"] = new JsonArray() },
            async c => await c.RunTaskAsync(new EcsRunTask("shop", "shop-web:3")
            {
                Count = 2,
                LaunchType = LaunchType.Fargate,
                NetworkConfiguration = ShopModel.Service.NetworkConfiguration,
                StartedBy = "ecskit",
            }),
            (body, result) =>
            {
                Assert.Equal(("shop", "shop-web:3", 2, "FARGATE", "ecskit"), ((string?)body["cluster"], (string?)body["taskDefinition"], (int?)body["count"], (string?)body["launchType"], (string?)body["startedBy"]));
                Assert.Equal("sg-0a1b2c3d4e5f60003", (string?)body["networkConfiguration"]!["awsvpcConfiguration"]!["securityGroups"]![0]);
                var task = Assert.Single(Assert.IsType<IReadOnlyList<EcsTaskInfo>>(result, exactMatch: false));
                Assert.Equal((TaskArn, "PROVISIONING", "RUNNING", "service:shop-web"), (task.TaskArn, task.LastStatus, task.DesiredStatus, task.Group));
            }),
        ["StopTask"] = new(
            _ => new JsonObject { ["task"] = EcsResponses.Task("0a1b2c3d") },
            async c => { await c.StopTaskAsync("shop", TaskArn, "replaced by EcsKit"); return null; },
            (body, _) => Assert.Equal(("shop", TaskArn, "replaced by EcsKit"), ((string?)body["cluster"], (string?)body["task"], (string?)body["reason"]))),
        ["DescribeTasks"] = new(
            _ =>
            {
                var stopped = EcsResponses.Task("0a1b2c3d", "STOPPED");
                stopped["stopCode"] = "EssentialContainerExited";
                stopped["stoppedReason"] = "Essential container in task exited";
                stopped["stoppedAt"] = 1764061999.999;
                stopped["containers"]![0]!["exitCode"] = 137;
                stopped["containers"]![0]!["reason"] = "OutOfMemoryError: Container killed due to memory usage";
                return new JsonObject { ["tasks"] = new JsonArray(stopped), ["failures"] = new JsonArray(EcsResponses.Failure("arn:task/gone")) };
            },
            async c => await c.DescribeTasksAsync("shop", [TaskArn, "arn:task/gone"]),
            (body, result) =>
            {
                Assert.Equal([TaskArn, "arn:task/gone"], body["tasks"]!.AsArray().Select(n => (string?)n));
                var task = Assert.Single(Assert.IsType<IReadOnlyList<EcsTaskInfo>>(result, exactMatch: false));
                Assert.Equal(("EssentialContainerExited", "Essential container in task exited"), (task.StopCode, task.StoppedReason));
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764061999999), task.StoppedAt);
                var container = Assert.Single(task.Containers);
                Assert.Equal(("web", 137, "HEALTHY"), (container.Name, container.ExitCode, container.HealthStatus));
                Assert.StartsWith("OutOfMemoryError", container.Reason, StringComparison.Ordinal);
            }),
        ["ListTasks"] = new(
            _ => new JsonObject { ["taskArns"] = new JsonArray(TaskArn) },
            async c => await c.ListTasksAsync("shop", serviceName: "shop-web", desiredStatus: "STOPPED"),
            (body, result) =>
            {
                Assert.Equal(("shop", "shop-web", "STOPPED"), ((string?)body["cluster"], (string?)body["serviceName"], (string?)body["desiredStatus"]));
                Assert.Equal([TaskArn], Assert.IsType<IReadOnlyList<string>>(result, exactMatch: false));
            }),
        ["ListContainerInstances"] = new(
            _ => new JsonObject { ["containerInstanceArns"] = new JsonArray(InstanceArn) },
            async c => await c.ListContainerInstancesAsync("shop", "DRAINING"),
            (body, result) =>
            {
                Assert.Equal(("shop", "DRAINING"), ((string?)body["cluster"], (string?)body["status"]));
                Assert.Equal([InstanceArn], Assert.IsType<IReadOnlyList<string>>(result, exactMatch: false));
            }),
        ["DescribeContainerInstances"] = new(
            _ => new JsonObject { ["containerInstances"] = new JsonArray(EcsResponses.ContainerInstance("9f8e7d6c")), ["failures"] = new JsonArray() },
            async c => await c.DescribeContainerInstancesAsync("shop", [InstanceArn]),
            (body, result) =>
            {
                Assert.Equal([InstanceArn], body["containerInstances"]!.AsArray().Select(n => (string?)n));
                var instance = Assert.Single(Assert.IsType<IReadOnlyList<EcsContainerInstanceInfo>>(result, exactMatch: false));
                Assert.Equal(new EcsContainerInstanceInfo(InstanceArn, "i-0123456789abcdef0", "ACTIVE", false, 2), instance);
            }),
        ["DeregisterContainerInstance"] = new(
            _ => new JsonObject { ["containerInstance"] = EcsResponses.ContainerInstance("9f8e7d6c") },
            async c => { await c.DeregisterContainerInstanceAsync("shop", InstanceArn, force: true); return null; },
            (body, _) => Assert.Equal(("shop", InstanceArn, true), ((string?)body["cluster"], (string?)body["containerInstance"], (bool?)body["force"]))),
        ["TagResource"] = new(
            _ => new JsonObject(),
            async c => { await c.TagResourceAsync(EcsResponses.ClusterArn, [new Tag { Key = "team", Value = "storefront" }, new Tag { Key = "cost-centre", Value = "42" }]); return null; },
            (body, _) =>
            {
                Assert.Equal(EcsResponses.ClusterArn, (string?)body["resourceArn"]);
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"key":"team","value":"storefront"},{"key":"cost-centre","value":"42"}]"""), body["tags"]));
            }),
        ["ListTagsForResource"] = new(
            _ => new JsonObject { ["tags"] = new JsonArray(new JsonObject { ["key"] = "team", ["value"] = "storefront" }) },
            async c => await c.ListTagsForResourceAsync(EcsResponses.ClusterArn),
            (body, result) =>
            {
                Assert.Equal(EcsResponses.ClusterArn, (string?)body["resourceArn"]);
                var tag = Assert.Single(Assert.IsType<IReadOnlyList<Tag>>(result, exactMatch: false));
                Assert.Equal(("team", "storefront"), (tag.Key, tag.Value));
            }),
    };
}
