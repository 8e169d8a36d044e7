namespace Samples.Tests;

/// <summary>The samples show how definitions should look: EcsKit's rules find no error and no warning in them.</summary>
public class SampleValidationTests
{
    [Theory]
    [InlineData("FargateWebApp")]
    [InlineData("Ec2BridgeService")]
    public void A_sample_has_no_errors_or_warnings(string sample)
    {
        var result = SampleResources.Apps[sample]().Validate();

        Assert.True(result.Diagnostics.All(d => d.Severity == EcsSeverity.Info), result.ToString());
    }
}
