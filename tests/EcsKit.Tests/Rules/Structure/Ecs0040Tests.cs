using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0040Tests
{
    [Fact]
    public void Every_container_non_essential_fires_once()
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Fargate(256, 512)
            .Container("web", c => c.Image("nginx:1.27").Essential(false))
            .Container("log", c => c.Image("fluent/fluent-bit:3.0").Essential(false)));

        var finding = Assert.Single(StructureFindings.Of(definition.Validate(), "ECS0040"));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.containerDefinitions[0].essential", finding.Path);
        Assert.Equal(["$.containerDefinitions[1].essential"], finding.AdditionalPaths);
        Assert.Equal(
            "No container of the task is essential (containers 'web' and 'log' all set essential to false); "
            + "ECS needs at least one essential container, so mark the main one essential.",
            finding.Message);
    }

    [Fact]
    public void A_single_non_essential_container_fires()
    {
        var finding = Assert.Single(StructureFindings.OfContainers("ECS0040", """{ "name": "job", "image": "busybox:1.36", "essential": false }"""));

        Assert.Contains("its only container 'job' sets essential to false", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_container_without_essential_is_essential()
    {
        Assert.Empty(StructureFindings.OfContainers("ECS0040",
            """{ "name": "web", "image": "nginx:1.27" }""",
            """{ "name": "log", "image": "fluent/fluent-bit:3.0", "essential": false }"""));
    }

    [Fact]
    public void Unknown_essential_or_more_containers_stay_silent()
    {
        Assert.Empty(StructureFindings.OfFacts(StructureFindings.Task(
            StructureFindings.Container(0, "web", essential: false),
            StructureFindings.Container(1, "log", essential: Fact<bool>.Unknown)), "ECS0040"));

        var incomplete = StructureFindings.Task(StructureFindings.Container(0, "web", essential: false));
        incomplete.Containers.IsComplete = false;
        Assert.Empty(StructureFindings.OfFacts(incomplete, "ECS0040"));

        Assert.Empty(StructureFindings.OfFacts(StructureFindings.Task(), "ECS0040"));
    }
}
