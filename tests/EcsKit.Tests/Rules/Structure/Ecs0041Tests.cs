using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0041Tests
{
    [Fact]
    public void Eleven_containers_fire()
    {
        var definition = new EcsApp("t").TaskDefinition("web", td =>
        {
            td.Fargate(4096, 8192);
            for (var i = 0; i < 11; i++)
            {
                td.Container($"c{i}", c => c.Image("nginx:1.27"));
            }
        });

        var finding = Assert.Single(StructureFindings.Of(definition.Validate(), "ECS0041"));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.containerDefinitions", finding.Path);
        Assert.Equal(["$.containerDefinitions[10]"], finding.AdditionalPaths);
        Assert.Equal(
            "The task definition has 11 containers; ECS allows at most 10 per task definition, so move some into another task definition.",
            finding.Message);
    }

    [Fact]
    public void Ten_containers_pass()
    {
        var containers = Enumerable.Range(0, 10).Select(i => $$"""{ "name": "c{{i}}", "image": "nginx:1.27" }""").ToArray();

        Assert.Empty(StructureFindings.OfContainers("ECS0041", containers));
    }

    [Fact]
    public void A_partly_known_list_fires_only_when_its_known_part_is_too_long()
    {
        var ten = StructureFindings.Task(Enumerable.Range(0, 10).Select(i => StructureFindings.Container(i, $"c{i}")).ToArray());
        ten.Containers.IsComplete = false;
        Assert.Empty(StructureFindings.OfFacts(ten, "ECS0041"));

        var eleven = StructureFindings.Task(Enumerable.Range(0, 11).Select(i => StructureFindings.Container(i, Fact<string>.Unknown)).ToArray());
        eleven.Containers.IsComplete = false;
        var finding = Assert.Single(StructureFindings.OfFacts(eleven, "ECS0041"));
        Assert.StartsWith("The task definition has at least 11 containers", finding.Message, StringComparison.Ordinal);
    }
}
