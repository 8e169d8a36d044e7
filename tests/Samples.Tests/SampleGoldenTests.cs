using EcsKit.Tests;

namespace Samples.Tests;

public class SampleGoldenTests
{
    [Theory]
    [MemberData(nameof(SampleResources.Names), MemberType = typeof(SampleResources))]
    public void Sample_json_matches_its_golden_file(string sample, string kind, string name) =>
        Golden.Verify(SampleResources.Json(sample, kind, name), $"{sample}.{kind}.{name}.json");

    [Theory]
    [MemberData(nameof(SampleResources.Names), MemberType = typeof(SampleResources))]
    public void Sample_json_reads_back_to_the_same_json(string sample, string kind, string name)
    {
        var json = SampleResources.Json(sample, kind, name);

        var again = kind switch
        {
            "cluster" => EcsJson.Serialize(EcsJson.ParseCluster(json)),
            "task-definition" => EcsJson.Serialize(EcsJson.ParseTaskDefinition(json)),
            _ => EcsJson.Serialize(EcsJson.ParseService(json)),
        };

        Assert.Equal(json, again);
    }
}
