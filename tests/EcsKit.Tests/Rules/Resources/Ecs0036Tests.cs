using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0036Tests
{
    [Fact]
    public void An_ec2_container_without_any_memory_fires()
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Ec2()
            .Container("app", c => c.Image("nginx:1.27"))
            .Container("soft", c => c.Image("nginx:1.27").MemoryReservation(128)));

        var finding = Assert.Single(ResourceFindings.Of(definition.Validate(), "ECS0036"));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.containerDefinitions[0].memory", finding.Path);
        Assert.StartsWith("Container 'app' has neither memory nor memoryReservation and the task has no memory", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_without_compatibilities_is_ec2()
    {
        var finding = Assert.Single(ResourceFindings.OfTask("""
            { "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }
            """, "ECS0036"));

        Assert.Equal("$.containerDefinitions[0].memory", finding.Path);
    }

    [Fact]
    public void Task_memory_covers_the_containers()
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Ec2().Memory(512).Container("app", c => c.Image("nginx:1.27")));

        Assert.Empty(ResourceFindings.Of(definition.Validate(), "ECS0036"));
    }

    [Fact]
    public void Fargate_is_not_this_rules_even_beside_ec2()
    {
        Assert.Empty(ResourceFindings.OfTask("""
            { "family": "web", "requiresCompatibilities": ["EC2", "FARGATE"], "networkMode": "awsvpc",
              "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }
            """, "ECS0036"));
    }

    [Fact]
    public void Unknown_task_memory_container_memory_or_compatibilities_stay_silent()
    {
        Assert.Empty(ResourceFindings.OfFacts(ResourceFindings.Task(Fact<string>.Absent, Fact<string>.Unknown, fargate: false,
            ResourceFindings.Container(0, "app")), "ECS0036"));
        Assert.Empty(ResourceFindings.OfFacts(ResourceFindings.Task(Fact<string>.Absent, Fact<string>.Absent, fargate: false,
            ResourceFindings.Container(0, "app", memory: Fact<int>.Unknown)), "ECS0036"));

        var maybeFargate = ResourceFindings.Task(Fact<string>.Absent, Fact<string>.Absent, fargate: false, ResourceFindings.Container(0, "app"));
        maybeFargate.RequiresCompatibilities.IsComplete = false;
        Assert.Empty(ResourceFindings.OfFacts(maybeFargate, "ECS0036"));

        var unknownCompatibility = ResourceFindings.Task(Fact<string>.Absent, Fact<string>.Absent, fargate: false, ResourceFindings.Container(0, "app"));
        unknownCompatibility.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Unknown });
        Assert.Empty(ResourceFindings.OfFacts(unknownCompatibility, "ECS0036"));
    }
}
