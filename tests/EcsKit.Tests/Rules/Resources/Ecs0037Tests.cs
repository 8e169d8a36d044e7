using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0037Tests
{
    [Fact]
    public void Memory_or_reservation_below_6_mib_fires_on_each()
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Ec2()
            .Container("app", c => c.Image("nginx:1.27").Memory(5).MemoryReservation(4)));

        var findings = ResourceFindings.Of(definition.Validate(), "ECS0037");

        Assert.Equal(["$.containerDefinitions[0].memory", "$.containerDefinitions[0].memoryReservation"], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(EcsSeverity.Warning, f.Severity));
        Assert.Equal(
            "Container 'app' has memory 5 MiB; Docker 20.10 and later reserve at least 6 MiB for a container, so give it 6 MiB or more.",
            findings[0].Message);
    }

    [Fact]
    public void Six_mib_passes()
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Ec2()
            .Container("app", c => c.Image("nginx:1.27").Memory(7).MemoryReservation(6)));

        Assert.Empty(ResourceFindings.Of(definition.Validate(), "ECS0037"));
    }

    [Fact]
    public void Unknown_memory_stays_silent()
    {
        var task = ResourceFindings.Task("256", "512", fargate: true,
            ResourceFindings.Container(0, "app", memory: Fact<int>.Unknown, memoryReservation: Fact<int>.Unknown));

        Assert.Empty(ResourceFindings.OfFacts(task, "ECS0037"));
    }
}
