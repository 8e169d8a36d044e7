using System.Text;
using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

/// <summary>
/// Conformance of <see cref="EcsCloudFormation"/> with the CloudFormation registry schemas and the real-world corpus.
/// This file is excluded from the build (see EcsKit.Tests.csproj) until EcsCloudFormation is merged.
/// </summary>
public sealed class CloudFormationConformanceTests
{
    private const string RoundTripFixture = "cloudformation-roundtrip-differences.txt";

    public static TheoryData<string> SampleAppNames => new() { "Shop", "Worker" };

    private static EcsApp SampleApp(string name) => name == "Shop" ? Samples.FargateWebApp.ShopApp.Build() : Samples.Ec2BridgeService.WorkerApp.Build();

    [Theory]
    [MemberData(nameof(SampleAppNames))]
    public void Sample_app_synthesizes_a_template_the_registry_schemas_accept(string name)
    {
        var template = EcsCloudFormation.Synthesize(SampleApp(name)).Template;

        Assert.Empty(CloudFormationSchema.Committed.Check(template));
    }

    [Theory]
    [MemberData(nameof(SampleAppNames))]
    public void Sample_app_template_holds_its_task_definition_service_and_cluster(string name)
    {
        var template = EcsCloudFormation.Synthesize(SampleApp(name)).Template;

        var types = ResourcesOf(template).Select(r => (string)r.Resource["Type"]!).ToList();
        Assert.Contains("AWS::ECS::TaskDefinition", types);
        Assert.Contains("AWS::ECS::Service", types);
        Assert.Contains("AWS::ECS::Cluster", types);
    }

    [Theory]
    [MemberData(nameof(SampleAppNames))]
    public void Sample_app_template_json_reads_back_as_the_template(string name)
    {
        var synthesized = EcsCloudFormation.Synthesize(SampleApp(name));

        Assert.True(JsonNode.DeepEquals(synthesized.Template, JsonNode.Parse(synthesized.ToJson())));
    }

    public static TheoryData<string, string> RoundTripCandidates()
    {
        var data = new TheoryData<string, string>();
        foreach (var (fileName, logicalId, _) in CfnCorpus.RoundTripCandidates())
        {
            data.Add(fileName, logicalId);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RoundTripCandidates))]
    public void Corpus_task_definition_parses_and_synthesizes_a_template_the_schemas_accept(string fileName, string logicalId)
    {
        var properties = Candidate(fileName, logicalId);

        var template = Synthesize(EcsCloudFormation.TaskDefinitionFromProperties(properties));

        Assert.Empty(CloudFormationSchema.Committed.Check(template));
    }

    /// <summary>
    /// Synthesizes each corpus task definition back from what <see cref="EcsCloudFormation.TaskDefinitionFromProperties"/>
    /// read and lists where its properties differ from the input, in <c>Fixtures/cloudformation-roundtrip-differences.txt</c>.
    /// An empty section means the round trip is exact; the others document what EcsKit adds, drops or spells otherwise.
    /// Run with <c>ECSKIT_UPDATE_FIXTURES=1</c> to rewrite the file, and review its diff.
    /// </summary>
    [Fact]
    public void Corpus_task_definitions_round_trip_with_the_documented_differences()
    {
        var report = new StringBuilder();
        foreach (var (fileName, logicalId, properties) in CfnCorpus.RoundTripCandidates())
        {
            var template = Synthesize(EcsCloudFormation.TaskDefinitionFromProperties(properties));
            var synthesized = ResourcesOf(template).Single(r => (string)r.Resource["Type"]! == CfnCorpus.TaskDefinitionType).Resource["Properties"];
            report.Append("## ").Append(fileName).Append(' ').Append(logicalId).Append('\n');
            foreach (var difference in JsonDifferences.Between(properties, synthesized))
            {
                report.Append(difference).Append('\n');
            }
        }

        var committed = Path.Combine(SharedData.RepositoryRoot, "tests", "EcsKit.Tests", "Fixtures", RoundTripFixture);
        if (Environment.GetEnvironmentVariable("ECSKIT_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(committed, report.ToString());
            return;
        }
        Assert.True(File.Exists(committed), $"{committed} is missing; run the tests with ECSKIT_UPDATE_FIXTURES=1 to write it.");
        Assert.Equal(File.ReadAllText(committed).Replace("\r\n", "\n", StringComparison.Ordinal), report.ToString());
    }

    private static JsonObject Candidate(string fileName, string logicalId) =>
        CfnCorpus.RoundTripCandidates().Single(c => c.FileName == fileName && c.LogicalId == logicalId).Properties;

    /// <summary>The template of an app holding only <paramref name="taskDefinition"/>.</summary>
    private static JsonObject Synthesize(TaskDefinition taskDefinition)
    {
        var app = new EcsApp("corpus");
        app.Add(taskDefinition);
        return EcsCloudFormation.Synthesize(app).Template;
    }

    private static IEnumerable<(string LogicalId, JsonObject Resource)> ResourcesOf(JsonObject template) =>
        template["Resources"]!.AsObject().Select(r => (r.Key, r.Value!.AsObject()));
}
