namespace EcsKit.Tests.Conformance;

/// <summary>Keeps the committed model extract equal to the ECS API model in the shared data.</summary>
public sealed class EcsModelExtractTests
{
    private static string CommittedPath =>
        Path.Combine(SharedData.RepositoryRoot, "tests", "EcsKit.Tests", "Fixtures", EcsModelExtract.FixtureName);

    /// <summary>
    /// Compares the committed extract with the one derived now from the shared <c>service-2.json</c>. The shared data
    /// is required: without it this test fails with a message saying where it was looked for.
    /// After updating the ECS model, run the tests once with the environment variable <c>ECSKIT_UPDATE_FIXTURES=1</c>:
    /// this test then rewrites <c>tests/EcsKit.Tests/Fixtures/ecs-model-extract.json</c> instead of comparing
    /// (rebuild afterwards so that the other tests read the new copy), and the diff shows what ECS changed.
    /// </summary>
    [Fact]
    public void Committed_extract_equals_the_one_derived_from_the_ECS_model()
    {
        var serviceModel = SharedData.Require("specs", "ecs", "service-2.json");
        Assert.True(File.Exists(serviceModel), $"The ECS API model was not found at {serviceModel}.");
        var derived = EcsModelExtract.FromServiceModel(serviceModel).ToJson();

        if (Environment.GetEnvironmentVariable("ECSKIT_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(CommittedPath, derived);
            return;
        }

        Assert.True(File.Exists(CommittedPath), $"{CommittedPath} is missing; run the tests with ECSKIT_UPDATE_FIXTURES=1 to write it.");
        Assert.Equal(Normalize(File.ReadAllText(CommittedPath)), Normalize(derived));
    }

    [Fact]
    public void Committed_extract_is_in_the_form_the_extract_writes()
    {
        var text = File.ReadAllText(SharedData.Fixture(EcsModelExtract.FixtureName));

        Assert.Equal(Normalize(text), Normalize(EcsModelExtract.Parse(text).ToJson()));
    }

    [Fact]
    public void Committed_extract_holds_no_documentation()
    {
        var text = File.ReadAllText(SharedData.Fixture(EcsModelExtract.FixtureName));

        Assert.DoesNotContain("documentation", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Closure_holds_the_roots_and_every_shape_they_reach()
    {
        var model = EcsModelExtract.Committed;

        Assert.All(EcsModelExtract.Roots, root => Assert.True(model.Shape(root).IsStructure));
        var dangling = model.Shapes.Values
            .SelectMany(s => s.Members.Select(m => m.Shape).Concat(new[] { s.Member, s.Key, s.Value }.OfType<string>()))
            .Where(target => !model.Shapes.ContainsKey(target))
            .Distinct()
            .ToList();
        Assert.Empty(dangling);
        Assert.Equal(EcsModelExtract.DescribeShapeNames.Order(StringComparer.Ordinal), model.DescribeShapes.Keys);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
