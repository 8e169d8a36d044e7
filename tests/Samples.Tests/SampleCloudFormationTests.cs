using EcsKit.Tests;

namespace Samples.Tests;

/// <summary>The CloudFormation template of every sample, against its golden file.</summary>
public class SampleCloudFormationTests
{
    public static TheoryData<string> Samples() => [.. SampleResources.Apps.Keys];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_template_matches_its_golden_file(string sample)
    {
        var template = EcsCloudFormation.Synthesize(SampleResources.Apps[sample](), new CloudFormationOptions { CreateLogGroups = true, CreateExecutionRole = true });

        Golden.Verify(template.ToJson(), $"{sample}.template.json");
    }
}
