using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0030Tests
{
    [Fact]
    public void A_memory_value_the_cpu_does_not_take_fires_on_the_memory()
    {
        var finding = Assert.Single(ResourceFindings.OfFargate("256", "4096", "ECS0030"));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.memory", finding.Path);
        Assert.Equal(["$.cpu"], finding.AdditionalPaths);
        Assert.StartsWith("Fargate takes 512, 1024 or 2048 MiB with 256 CPU units, not 4096 MiB", finding.Message, StringComparison.Ordinal);
        Assert.Contains("or use 512, 1024 or 2048 CPU units for 4096 MiB.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fluent_fargate_size_is_checked()
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Fargate(cpu: 1024, memoryMiB: 1024).Container("app", c => c.Image("nginx:1.27")));

        var finding = Assert.Single(ResourceFindings.Of(definition.Validate(), "ECS0030"));

        Assert.Equal("$.memory", finding.Path);
        Assert.Contains("2048 to 8192 MiB in steps of 1024 with 1024 CPU units", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 vCPU", "2 GB")]
    [InlineData("0.25 vcpu", "0.5GB")]
    [InlineData("16 vCPU", "120 GB")]
    [InlineData("4096", "30GB")]
    public void Sizes_written_in_vcpu_and_gb_are_normalised_first(string cpu, string memory) =>
        Assert.Empty(ResourceFindings.OfFargate(cpu, memory, "ECS0030"));

    [Fact]
    public void The_message_shows_a_size_as_written_beside_its_normalised_value()
    {
        var finding = Assert.Single(ResourceFindings.OfFargate("0.25 vCPU", "4GB", "ECS0030"));

        Assert.Contains("with 256 CPU units ('0.25 vCPU'), not 4096 MiB ('4GB')", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cpu_value_outside_the_table_fires_on_the_cpu()
    {
        var finding = Assert.Single(ResourceFindings.OfFargate("384", "1024", "ECS0030"));

        Assert.Equal("$.cpu", finding.Path);
        Assert.Equal("Fargate has no task size with 384 CPU units; use 256, 512, 1024, 2048, 4096, 8192 or 16384 CPU units.", finding.Message);
    }

    [Theory]
    [InlineData("abc", "1024", "$.cpu", "Task cpu 'abc' is not a CPU value")]
    [InlineData("256", "half a gig", "$.memory", "Task memory 'half a gig' is not a memory value")]
    [InlineData("1.5", "2048", "$.cpu", "Task cpu '1.5' is not a CPU value")]
    public void A_value_that_is_not_a_size_is_invalid(string cpu, string memory, string path, string message)
    {
        var finding = Assert.Single(ResourceFindings.OfFargate(cpu, memory, "ECS0030"));

        Assert.Equal(path, finding.Path);
        Assert.StartsWith(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_size_is_invalid_on_ec2_too()
    {
        var finding = Assert.Single(ResourceFindings.OfTask("""
            { "family": "web", "requiresCompatibilities": ["EC2"], "cpu": "2 cores", "memory": "512",
              "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }
            """, "ECS0030"));

        Assert.Equal("$.cpu", finding.Path);
    }

    [Fact]
    public void Ec2_sizes_outside_the_fargate_table_are_not_this_rules()
    {
        Assert.Empty(ResourceFindings.OfTask("""
            { "family": "web", "requiresCompatibilities": ["EC2"], "cpu": "384", "memory": "700",
              "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }
            """, "ECS0030"));
    }

    [Fact]
    public void Fargate_listed_beside_ec2_still_counts_as_fargate()
    {
        var finding = Assert.Single(ResourceFindings.OfTask("""
            { "family": "web", "requiresCompatibilities": ["EC2", "FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "4096",
              "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }
            """, "ECS0030"));

        Assert.Equal("$.memory", finding.Path);
    }

    [Fact]
    public void Unknown_sizes_stay_silent()
    {
        Assert.Empty(ResourceFindings.OfFacts(ResourceFindings.Task(Fact<string>.Unknown, "4096", fargate: true), "ECS0030"));
        Assert.Empty(ResourceFindings.OfFacts(ResourceFindings.Task("256", Fact<string>.Unknown, fargate: true), "ECS0030"));
    }
}
