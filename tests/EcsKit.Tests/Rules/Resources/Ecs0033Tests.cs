using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0033Tests
{
    [Theory]
    [InlineData("64", "raise it to at least 128")]
    [InlineData("127", "raise it to at least 128")]
    [InlineData("196609", "lower it to 196608 or less")]
    [InlineData("200 vCPU", "lower it to 196608 or less")]
    public void Task_cpu_outside_128_to_196608_fires(string cpu, string advice)
    {
        var finding = Assert.Single(Ec2(cpu, "\"EC2\""));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.cpu", finding.Path);
        Assert.Contains("128 (0.125 vCPU) to 196608 (192 vCPU) CPU units", finding.Message, StringComparison.Ordinal);
        Assert.Contains(advice, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("128")]
    [InlineData("196608")]
    [InlineData("0.125 vCPU")]
    [InlineData("192 vCPU")]
    public void The_bounds_themselves_pass(string cpu) => Assert.Empty(Ec2(cpu, "\"EC2\""));

    [Fact]
    public void A_task_with_no_compatibilities_is_checked() =>
        Assert.Single(Ec2("100", null));

    [Fact]
    public void External_tasks_are_checked() =>
        Assert.Single(Ec2("100", "\"EXTERNAL\""));

    [Fact]
    public void Fargate_tasks_are_left_to_ecs0030()
    {
        Assert.Empty(ResourceFindings.OfFargate("100", "512", "ECS0033"));
        Assert.Single(ResourceFindings.OfFargate("100", "512", "ECS0030"));
    }

    [Fact]
    public void Unknown_cpu_stays_silent() =>
        Assert.Empty(ResourceFindings.OfFacts(ResourceFindings.Task(Fact<string>.Unknown, "512", fargate: false), "ECS0033"));

    private static List<EcsDiagnostic> Ec2(string cpu, string? compatibilities)
    {
        var requires = compatibilities is null ? "" : $""" "requiresCompatibilities": [{compatibilities}], """;
        return ResourceFindings.OfTask($$"""
            { "family": "web", {{requires}} "cpu": "{{cpu}}", "memory": "512",
              "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }
            """, "ECS0033");
    }
}
