using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Loopback;

namespace EcsKit.Aws.Tests.Wire;

/// <summary>
/// The AWS CLI as oracle: for the same definition, the request EcsApiClient sends must carry the same JSON body
/// as the one <c>aws ecs ... --cli-input-json</c> sends, to the same endpoint, both signed for ecs in us-east-1.
/// </summary>
public sealed class AwsCliOracleTests
{
    [Fact]
    public Task Register_task_definition_sends_what_the_aws_cli_sends() =>
        Compare("RegisterTaskDefinition", "register-task-definition", EcsJson.Serialize(ShopModel.TaskDefinition),
            client => client.RegisterTaskDefinitionAsync(ShopModel.TaskDefinition));

    [Fact]
    public Task Create_service_sends_what_the_aws_cli_sends() =>
        Compare("CreateService", "create-service", EcsJson.Serialize(ShopModel.Service),
            client => client.CreateServiceAsync(ShopModel.Service));

    [Fact]
    public Task Create_cluster_sends_what_the_aws_cli_sends() =>
        Compare("CreateCluster", "create-cluster", EcsJson.Serialize(ShopModel.Cluster),
            client => client.CreateClusterAsync(ShopModel.Cluster));

    private static async Task Compare(string operation, string command, string inputJson, Func<EcsApiClient, Task> call)
    {
        await using var ecs = new LoopbackEcs(Respond);
        using (var client = TestClients.For(ecs))
        {
            await call(client);
        }
        var cli = await AwsCli.RunAsync(ecs, command, inputJson);
        Assert.True(cli.ExitCode == 0, $"aws ecs {command} exited {cli.ExitCode}: {cli.Error}");

        Assert.Equal(2, ecs.Requests.Count);
        var ours = ecs.Requests.First();
        var theirs = ecs.Requests.Last();
        Assert.StartsWith("aws-cli/", theirs.Headers["User-Agent"], StringComparison.Ordinal);
        WireAssert.IsEcsCall(ours, operation);
        WireAssert.IsEcsCall(theirs, operation, AwsCli.AccessKey, AwsCli.SecretKey);
        Assert.True(
            JsonNode.DeepEquals(theirs.Json, ours.Json),
            $"EcsApiClient's {operation} body differs from the AWS CLI's.\nEcsApiClient: {ours.Body}\nAWS CLI:      {theirs.Body}");
        Assert.Equal(theirs.Headers["Content-Type"], ours.Headers["Content-Type"]);
        Assert.Equal(theirs.Headers["X-Amz-Target"], ours.Headers["X-Amz-Target"]);
        // The clients sign different header sets; what both must sign is the request's identity.
        var oursSigned = Client.SigV4Verifier.Parse(ours.Headers["Authorization"]).SignedHeaders.Split(';');
        var theirsSigned = Client.SigV4Verifier.Parse(theirs.Headers["Authorization"]).SignedHeaders.Split(';');
        Assert.Superset(new HashSet<string> { "host", "x-amz-date", "x-amz-target", "content-type" }, oursSigned.ToHashSet());
        Assert.Superset(new HashSet<string> { "host", "x-amz-date" }, theirsSigned.ToHashSet());
    }

    private static EcsReply Respond(RecordedRequest request) => request.Operation switch
    {
        "RegisterTaskDefinition" => EcsReply.Ok(EcsResponses.TaskDefinition(request.Json, revision: 1)),
        "CreateService" => EcsReply.Ok(new JsonObject { ["service"] = EcsResponses.Service(request.Json) }),
        "CreateCluster" => EcsReply.Ok(new JsonObject { ["cluster"] = EcsResponses.Cluster(request: request.Json) }),
        var other => EcsReply.Error("InvalidParameterException", $"unexpected {other}"),
    };
}
