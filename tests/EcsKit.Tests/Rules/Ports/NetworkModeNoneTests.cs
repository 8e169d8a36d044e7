using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class NetworkModeNoneTests
{
    private const string Id = "ECS0003";

    [Fact]
    public void Port_mappings_with_networkMode_none_fire_on_each_mapping()
    {
        var task = Mode("none", Container("batch", "{'containerPort':80}", "{'containerPortRange':'8000-8010'}"));

        var found = Of(task, Id);
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.Equal(EcsSeverity.Error, d.Severity));
        Assert.Equal("$.containerDefinitions[0].portMappings[0]", found[0].Path);
        Assert.Contains("'batch'", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("container port 80", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("networkMode none", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("remove the mapping", found[0].Message, StringComparison.Ordinal);
        // ECS0003 already asks to remove the range: ECS0006 does not add "ranges need bridge or awsvpc".
        Assert.Empty(Of(task, "ECS0006"));
    }

    [Fact]
    public void None_without_mappings_and_other_modes_with_mappings_are_fine()
    {
        Assert.Empty(Of(Mode("none", Container("batch")), Id));
        Assert.Empty(Of(Mode("bridge", Container("web", "{'containerPort':80}")), Id));
        Assert.Empty(Of(Mode(null, Container("web", "{'containerPort':80}")), Id));
    }

    [Fact]
    public void Unknown_network_mode_does_not_fire()
    {
        var task = MakeTask(Fact<string>.Unknown, MakeContainer(0, "web", new PortFacts { ContainerPort = 80 }));

        Assert.Empty(Of(task, Id));
    }
}
