using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0031Tests
{
    private const string Container = """[{ "name": "app", "image": "nginx:1.27", "memory": 512 }]""";

    [Fact]
    public void Fargate_without_cpu_and_memory_fires_once()
    {
        var finding = Assert.Single(ResourceFindings.OfTask($$"""
            { "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "containerDefinitions": {{Container}} }
            """, "ECS0031"));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.cpu", finding.Path);
        Assert.Equal(["$.memory"], finding.AdditionalPaths);
        Assert.Contains("neither task-level cpu nor memory", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_memory_names_the_values_the_cpu_takes()
    {
        var finding = Assert.Single(ResourceFindings.OfTask($$"""
            { "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "containerDefinitions": {{Container}} }
            """, "ECS0031"));

        Assert.Equal("$.memory", finding.Path);
        Assert.Contains("no task-level memory", finding.Message, StringComparison.Ordinal);
        Assert.Contains("set memory to 512, 1024 or 2048 MiB for 256 CPU units", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_cpu_names_the_cpu_values_that_take_the_memory()
    {
        var finding = Assert.Single(ResourceFindings.OfTask($$"""
            { "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "memory": "2 GB", "containerDefinitions": {{Container}} }
            """, "ECS0031"));

        Assert.Equal("$.cpu", finding.Path);
        Assert.Contains("set cpu to 256, 512 or 1024 CPU units for 2048 MiB ('2 GB')", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ec2_without_task_size_is_not_this_rules()
    {
        Assert.Empty(ResourceFindings.OfTask($$"""
            { "family": "web", "requiresCompatibilities": ["EC2"], "containerDefinitions": {{Container}} }
            """, "ECS0031"));
    }

    [Fact]
    public void A_fargate_task_with_both_is_fine()
    {
        Assert.Empty(ResourceFindings.OfFargate("256", "512", "ECS0031"));
    }

    [Fact]
    public void Unknown_sizes_are_not_missing()
    {
        Assert.Empty(ResourceFindings.OfFacts(ResourceFindings.Task(Fact<string>.Unknown, "512", fargate: true), "ECS0031"));
        Assert.Empty(ResourceFindings.OfFacts(ResourceFindings.Task("256", Fact<string>.Unknown, fargate: true), "ECS0031"));
    }
}
