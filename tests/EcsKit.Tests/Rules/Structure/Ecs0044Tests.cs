using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0044Tests
{
    [Fact]
    public void The_latest_tag_fires()
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:latest")));

        var finding = Assert.Single(StructureFindings.Of(definition.Validate(), "ECS0044"));

        Assert.Equal(EcsSeverity.Warning, finding.Severity);
        Assert.Equal("$.containerDefinitions[0].image", finding.Path);
        Assert.Equal(
            "Container 'app' image 'nginx:latest' uses the tag 'latest', which moves with each push; pin a version tag or a digest (name@sha256:...) so every task runs the same image.",
            finding.Message);
    }

    [Theory]
    [InlineData("nginx")]
    [InlineData("library/nginx")]
    [InlineData("myreg:5000/app")]
    [InlineData("012345678910.dkr.ecr.eu-west-1.amazonaws.com/web")]
    [InlineData("myreg:5000/team/app:latest")]
    public void No_tag_or_latest_behind_a_registry_fires(string image)
    {
        var finding = Assert.Single(StructureFindings.OfImage(image, "ECS0044"));

        Assert.StartsWith($"Container 'app' image '{image}' ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_tag_says_docker_pulls_latest()
    {
        var finding = Assert.Single(StructureFindings.OfImage("myreg:5000/app", "ECS0044"));

        Assert.Contains("has no tag, so Docker pulls 'latest'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx:1.27")]
    [InlineData("myreg:5000/app:2.1.0")]
    [InlineData("public.ecr.aws/nginx/nginx:1.27-alpine")]
    [InlineData("app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("app:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("nginx:latest-alpine")]
    [InlineData("${IMAGE}")]
    [InlineData("{{ image }}")]
    [InlineData("<repository_uri_service_a>")]
    [InlineData("")]
    public void Pinned_tags_digests_placeholders_and_empty_images_pass(string image) =>
        Assert.Empty(StructureFindings.OfImage(image, "ECS0044"));

    [Fact]
    public void An_unknown_image_stays_silent() =>
        Assert.Empty(StructureFindings.OfFacts(StructureFindings.Task(StructureFindings.Container(0, "app", image: Fact<string>.Unknown)), "ECS0044"));
}
