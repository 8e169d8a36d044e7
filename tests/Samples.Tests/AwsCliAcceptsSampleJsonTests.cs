using System.Text.Json.Nodes;

namespace Samples.Tests;

/// <summary>The AWS CLI, as the oracle: it must take every sample resource and send exactly that JSON to ECS.</summary>
public class AwsCliAcceptsSampleJsonTests
{
    [Theory]
    [MemberData(nameof(SampleResources.Names), MemberType = typeof(SampleResources))]
    public async Task The_aws_cli_accepts_the_json_and_sends_it_unchanged(string sample, string kind, string name)
    {
        var json = SampleResources.Json(sample, kind, name);
        var (operation, target) = kind switch
        {
            "cluster" => ("create-cluster", "CreateCluster"),
            "task-definition" => ("register-task-definition", "RegisterTaskDefinition"),
            _ => ("create-service", "CreateService"),
        };

        var result = await AwsCli.Run(operation, json);

        Assert.True(result.ExitCode == 0, $"aws ecs {operation} exited {result.ExitCode}: {result.Error}");
        Assert.Equal($"AmazonEC2ContainerServiceV20141113.{target}", result.Target);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(result.RequestBody!)),
            $"The CLI sent other JSON than EcsKit wrote:\n{result.RequestBody}");
    }

    [Fact]
    public async Task The_oracle_rejects_what_ECS_rejects_a_number_for_the_task_cpu_string()
    {
        const string json = """{"family": "bad", "cpu": 256, "containerDefinitions": [{"name": "a", "image": "busybox"}]}""";

        var result = await AwsCli.Run("register-task-definition", json);

        Assert.Equal(252, result.ExitCode);
        Assert.Contains("cpu", result.Error, StringComparison.Ordinal);
        Assert.Null(result.RequestBody);
        Assert.Throws<EcsJsonException>(() => EcsJson.ParseTaskDefinition(json));
    }
}
