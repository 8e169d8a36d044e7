using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.Wire;

/// <summary>The committed model extract must be what the ECS API model beside the repository says.</summary>
public sealed class ModelExtractTests
{
    [Fact]
    public void The_committed_extract_is_regenerated_unchanged_from_the_shared_ecs_model()
    {
        var model = SharedSpecs.Ecs("service-2.json");
        if (model is null)
        {
            // ../shared is not everywhere the tests run; the committed extract then stands on its own.
            return;
        }
        var regenerated = EcsModelExtract.FromModel(File.ReadAllText(model), EcsOperations.All).Json;
        if (Environment.GetEnvironmentVariable("ECSKIT_ACCEPT") == "1")
        {
            File.WriteAllText(SourceFixture(), regenerated.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            return;
        }
        Assert.True(
            JsonNode.DeepEquals(regenerated, EcsModelExtract.Committed.Json),
            $"Fixtures/{EcsModelExtract.FileName} differs from {model}; regenerate it with ECSKIT_ACCEPT=1 and commit it.");
    }

    [Fact]
    public void The_extract_covers_every_operation_ecs_api_calls_and_names_their_required_members()
    {
        var extract = EcsModelExtract.Committed;
        Assert.Equal(EcsOperations.All.Order(StringComparer.Ordinal), extract.Json["operations"]!.AsObject().Select(o => o.Key));
        Assert.Equal("AmazonEC2ContainerServiceV20141113", (string)extract.Json["targetPrefix"]!);
        var registerInput = extract.Json["shapes"]![extract.InputShape("RegisterTaskDefinition")]!;
        Assert.Equal(["family", "containerDefinitions"], registerInput["required"]!.AsArray().Select(r => (string)r!));
    }

    [Fact]
    public void The_checker_reports_unknown_members_wrong_types_missing_required_members_and_bad_enum_values()
    {
        var body = JsonNode.Parse("""{"cluster": 1, "serviceName": "web", "desiredCount": "2", "launchType": "LAMBDA", "colour": "red"}""");
        var problems = EcsModelExtract.Committed.Check("UpdateService", body);
        Assert.Contains(problems, p => p.StartsWith("$.cluster:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.desiredCount:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.serviceName: not a member", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.colour: not a member", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("required member service", StringComparison.Ordinal));
        Assert.Empty(EcsModelExtract.Committed.Check("RunTask", JsonNode.Parse("""{"taskDefinition": "web", "launchType": "FARGATE", "count": 1}""")));
        Assert.NotEmpty(EcsModelExtract.Committed.Check("RunTask", JsonNode.Parse("""{"taskDefinition": "web", "launchType": "LAMBDA"}""")));
    }

    private static string SourceFixture() =>
        Path.Combine(SharedSpecs.RepositoryRoot, "tests", "EcsKit.Aws.Tests", "Fixtures", EcsModelExtract.FileName);
}
