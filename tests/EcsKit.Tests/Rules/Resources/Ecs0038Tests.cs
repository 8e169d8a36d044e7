using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0038Tests
{
    private static readonly TaskDefinition SoftOnly = new EcsApp("t").TaskDefinition("web", td => td.Fargate(256, 512)
        .Container("app", c => c.Image("nginx:1.27").MemoryReservation(128))
        .Container("capped", c => c.Image("nginx:1.27").Memory(128)));

    [Fact]
    public void It_is_off_by_default() =>
        Assert.Empty(ResourceFindings.Of(SoftOnly.Validate(), "ECS0038"));

    [Fact]
    public void Turned_on_it_fires_on_containers_without_a_hard_limit()
    {
        var options = new EcsValidationOptions().SetSeverity("ECS0038", EcsSeverity.Info);

        var finding = Assert.Single(ResourceFindings.Of(SoftOnly.Validate(options), "ECS0038"));

        Assert.Equal(EcsSeverity.Info, finding.Severity);
        Assert.Equal("$.containerDefinitions[0].memory", finding.Path);
        Assert.StartsWith("Container 'app' has no hard memory limit", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_memory_stays_silent()
    {
        var options = new RuleOptions();
        options.Severities["ECS0038"] = RuleSeverity.Info;
        var task = ResourceFindings.Task("256", "512", fargate: true, ResourceFindings.Container(0, "app", memory: Fact<int>.Unknown));

        Assert.Empty(ResourceFindings.OfFacts(task, "ECS0038", options));
    }
}
