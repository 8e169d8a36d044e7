using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

/// <summary>Keeps the committed CloudFormation schema extract equal to the registry schemas in the shared data.</summary>
public sealed class CloudFormationSchemaExtractTests
{
    private static string CommittedPath =>
        Path.Combine(SharedData.RepositoryRoot, "tests", "EcsKit.Tests", "Fixtures", CloudFormationSchemaExtract.FixtureName);

    /// <summary>
    /// Compares the committed extract with the one derived now from <c>specs/cloudformation</c>. The shared data is
    /// required. After updating the schemas, run the tests once with <c>ECSKIT_UPDATE_FIXTURES=1</c>: this test then
    /// rewrites the fixture instead of comparing (rebuild afterwards so that the other tests read the new copy).
    /// </summary>
    [Fact]
    public void Committed_extract_equals_the_one_derived_from_the_registry_schemas()
    {
        var folder = SharedData.Require("specs", "cloudformation");
        Assert.True(Directory.Exists(folder), $"The CloudFormation schemas were not found at {folder}.");
        var derived = CloudFormationSchemaExtract.ToJson(CloudFormationSchemaExtract.FromSpecs(folder));

        if (Environment.GetEnvironmentVariable("ECSKIT_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(CommittedPath, derived);
            return;
        }

        Assert.True(File.Exists(CommittedPath), $"{CommittedPath} is missing; run the tests with ECSKIT_UPDATE_FIXTURES=1 to write it.");
        Assert.Equal(Normalize(File.ReadAllText(CommittedPath)), Normalize(derived));
    }

    [Fact]
    public void Committed_extract_holds_no_descriptions()
    {
        var text = File.ReadAllText(SharedData.Fixture(CloudFormationSchemaExtract.FixtureName));

        Assert.DoesNotContain("\"description\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_ref_names_a_definition_of_its_own_resource_type()
    {
        var extract = JsonNode.Parse(File.ReadAllText(SharedData.Fixture(CloudFormationSchemaExtract.FixtureName)))!;
        var dangling = new List<string>();
        foreach (var (type, resource) in extract["resourceTypes"]!.AsObject())
        {
            var definitions = resource!["definitions"]!.AsObject();
            foreach (var reference in Refs(resource).Where(r => !definitions.ContainsKey(r)))
            {
                dangling.Add($"{type}: {reference}");
            }
        }
        Assert.Empty(dangling);
        Assert.Equal(CloudFormationSchemaExtract.SchemaFiles.Count, extract["resourceTypes"]!.AsObject().Count);
    }

    private static IEnumerable<string> Refs(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "ref" ? [(string)p.Value!] : Refs(p.Value)),
        JsonArray a => a.SelectMany(Refs),
        _ => [],
    };

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
