using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit.Tests.Json;

/// <summary>Members EcsKit does not model (fields ECS adds later) are kept where they stood and written back.</summary>
public sealed class AdditionalMembersTests
{
    private const string WithFutureMembers = """
        {
            "family": "web",
            "futureTaskSetting": { "mode": "fast", "levels": [1, 2.50, null], "on": true },
            "containerDefinitions": [
                { "name": "proxy", "image": "nginx" },
                {
                    "name": "app",
                    "image": "app:1",
                    "futureContainerField": "abc",
                    "portMappings": [{ "containerPort": 80, "futurePortField": 1.50 }],
                    "logConfiguration": { "logDriver": "awslogs", "futureLogField": ["x"] }
                }
            ],
            "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "futureEfsField": { "nested": { "deep": 0 } } } }],
            "z-last": "kept"
        }
        """;

    [Fact]
    public void Unknown_members_survive_a_round_trip_in_place()
    {
        var read = EcsJson.ParseTaskDefinition(WithFutureMembers);
        var written = EcsJson.Serialize(read);

        var output = JsonNode.Parse(written);
        JsonSemantics.AssertEqual(JsonNode.Parse(WithFutureMembers), output);
        Assert.Equal("\"abc\"", JsonPaths.Resolve(output, "$.containerDefinitions[1].futureContainerField")!.ToJsonString());
        Assert.Equal("1.50", JsonPaths.Resolve(output, "$.containerDefinitions[1].portMappings[0].futurePortField")!.ToJsonString());
        Assert.Equal("""["x"]""", JsonPaths.Resolve(output, "$.containerDefinitions[1].logConfiguration.futureLogField")!.ToJsonString());
        Assert.Equal("0", JsonPaths.Resolve(output, "$.volumes[0].efsVolumeConfiguration.futureEfsField.nested.deep")!.ToJsonString());
        Assert.Equal("\"kept\"", JsonPaths.Resolve(output, "$['z-last']")!.ToJsonString());
        Assert.Null(JsonPaths.Resolve(output, "$.containerDefinitions[0].futureContainerField"));
        Assert.Equal(written, EcsJson.Serialize(EcsJson.ParseTaskDefinition(written)));
    }

    [Fact]
    public void Unknown_members_are_exposed_where_they_stood()
    {
        var read = EcsJson.ParseTaskDefinition(WithFutureMembers);

        Assert.Equal(["futureTaskSetting", "z-last"], read.AdditionalMembers!.Keys);
        Assert.Equal("abc", read.ContainerDefinitions[1].AdditionalMembers!["futureContainerField"].GetString());
        Assert.Null(read.ContainerDefinitions[0].AdditionalMembers);
        Assert.Equal(1.5, read.ContainerDefinitions[1].PortMappings![0].AdditionalMembers!["futurePortField"].GetDouble());
        Assert.True(read.Volumes![0].EfsVolumeConfiguration!.AdditionalMembers!.ContainsKey("futureEfsField"));
    }

    [Fact]
    public void Unknown_members_inside_describe_output_survive()
    {
        var json = $$"""{"taskDefinition":{{WithFutureMembers}},"tags":[{"key":"k","value":"v"}]}""";

        var read = EcsJson.ReadTaskDefinition(json);
        var output = JsonNode.Parse(EcsJson.Serialize(read.Value))!.AsObject();

        Assert.NotNull(output["tags"]);
        output.Remove("tags");
        JsonSemantics.AssertEqual(JsonNode.Parse(WithFutureMembers), output);
    }

    [Fact]
    public void Unknown_members_of_a_service_and_a_cluster_survive()
    {
        const string service = """
            {"serviceName":"s","futureServiceField":{"a":1},
             "deploymentConfiguration":{"futureDeploymentField":[true],"maximumPercent":200},
             "networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-1"],"futureVpcField":"x"}}}
            """;
        const string cluster = """{"clusterName":"c","futureClusterField":7,"settings":[{"name":"containerInsights","value":"enhanced","futureSettingField":null}]}""";

        JsonSemantics.AssertEqual(service, EcsJson.Serialize(EcsJson.ParseService(service)));
        JsonSemantics.AssertEqual(cluster, EcsJson.Serialize(EcsJson.ParseCluster(cluster)));
        Assert.Contains("futureVpcField", EcsJson.Serialize(EcsJson.ParseService(service)), StringComparison.Ordinal);
    }

    [Fact]
    public void Additional_members_set_in_code_are_written()
    {
        using var document = JsonDocument.Parse("""{"enabled":true,"limits":[1,2]}""");
        var taskDefinition = new TaskDefinition
        {
            Family = "web",
            ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "app:1" }],
            AdditionalMembers = new Dictionary<string, JsonElement> { ["futureFeature"] = document.RootElement.Clone() },
        };

        var written = EcsJson.Serialize(taskDefinition);

        JsonSemantics.AssertEqual(
            """{"family":"web","containerDefinitions":[{"name":"app","image":"app:1"}],"futureFeature":{"enabled":true,"limits":[1,2]}}""",
            written);
        Assert.Equal(written, EcsJson.Serialize(EcsJson.ParseTaskDefinition(written)));
    }
}
