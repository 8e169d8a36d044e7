using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0043Tests
{
    private static readonly string Hex64 = string.Concat(Enumerable.Repeat("0123456789abcdef", 4));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_image_fires(string image)
    {
        var finding = Assert.Single(StructureFindings.OfImage(image, "ECS0043"));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.containerDefinitions[0].image", finding.Path);
        Assert.Equal("Container 'app' has an empty image; set the image to run, such as 'public.ecr.aws/nginx/nginx:1.27'.", finding.Message);
    }

    [Fact]
    public void More_than_255_characters_fire()
    {
        Assert.Empty(StructureFindings.OfImage("r/" + new string('a', 249) + ":1.0", "ECS0043"));

        var finding = Assert.Single(StructureFindings.OfImage("r/" + new string('a', 250) + ":1.0", "ECS0043"));
        Assert.Equal(
            "Container 'app' has an image reference of 256 characters; ECS takes at most 255, so shorten the repository or tag.",
            finding.Message);
    }

    [Fact]
    public void With_a_digest_only_the_part_before_the_at_sign_counts()
    {
        Assert.Empty(StructureFindings.OfImage(new string('a', 255) + "@sha256:" + Hex64, "ECS0043"));

        var finding = Assert.Single(StructureFindings.OfImage(new string('a', 256) + "@sha256:" + Hex64, "ECS0043"));
        Assert.Contains("256 characters before '@'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sha256:0123")]
    [InlineData("sha512:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("SHA256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg")]
    [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0")]
    [InlineData("")]
    public void A_digest_other_than_sha256_with_64_hex_characters_fires(string digest)
    {
        var finding = Assert.Single(StructureFindings.OfImage("nginx@" + digest, "ECS0043"));

        Assert.Equal("$.containerDefinitions[0].image", finding.Path);
        Assert.StartsWith($"Container 'app' pins image digest '{digest}', which is not 'sha256:' followed by 64 hexadecimal characters", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx")]
    [InlineData("nginx:1.27")]
    [InlineData("myreg:5000/team/app:1.0")]
    [InlineData("012345678910.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("nginx:1.27@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("${REPOSITORY}@${DIGEST}")]
    public void Valid_references_pass(string image) => Assert.Empty(StructureFindings.OfImage(image, "ECS0043"));

    [Fact]
    public void An_unknown_image_stays_silent() =>
        Assert.Empty(StructureFindings.OfFacts(StructureFindings.Task(StructureFindings.Container(0, "app", image: Fact<string>.Unknown)), "ECS0043"));
}
