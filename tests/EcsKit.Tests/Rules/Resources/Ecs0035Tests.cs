using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0035Tests
{
    [Theory]
    [InlineData(256, 512)]
    [InlineData(512, 512)]
    public void Memory_not_above_the_reservation_fires(int memory, int reservation)
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Ec2().Memory(2048)
            .Container("app", c => c.Image("nginx:1.27").Memory(memory).MemoryReservation(reservation)));

        var finding = Assert.Single(ResourceFindings.Of(definition.Validate(), "ECS0035"));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.containerDefinitions[0].memory", finding.Path);
        Assert.Equal(["$.containerDefinitions[0].memoryReservation"], finding.AdditionalPaths);
        Assert.Equal(
            $"Container 'app' has memory {memory} MiB, not more than its memoryReservation of {reservation} MiB; "
            + "the hard limit must be greater than the soft limit, so raise memory or lower memoryReservation.",
            finding.Message);
    }

    [Fact]
    public void Memory_just_above_the_reservation_passes()
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Ec2()
            .Container("app", c => c.Image("nginx:1.27").Memory(513).MemoryReservation(512))
            .Container("soft", c => c.Image("nginx:1.27").MemoryReservation(512))
            .Container("hard", c => c.Image("nginx:1.27").Memory(128)));

        Assert.Empty(ResourceFindings.Of(definition.Validate(), "ECS0035"));
    }

    [Fact]
    public void Unknown_values_stay_silent()
    {
        var task = ResourceFindings.Task("1024", "2048", fargate: true,
            ResourceFindings.Container(0, "a", memory: Fact<int>.Unknown, memoryReservation: 512),
            ResourceFindings.Container(1, "b", memory: 256, memoryReservation: Fact<int>.Unknown));

        Assert.Empty(ResourceFindings.OfFacts(task, "ECS0035"));
    }
}
