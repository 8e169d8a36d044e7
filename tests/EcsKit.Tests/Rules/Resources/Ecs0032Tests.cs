using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0032Tests
{
    private const string Windows = "WINDOWS_SERVER_2022_CORE";

    [Theory]
    [InlineData("256", "512")]
    [InlineData("512", "1024")]
    [InlineData("8192", "16384")]
    [InlineData("16384", "32768")]
    public void Windows_sizes_other_than_1_2_or_4_vcpu_fire(string cpu, string memory)
    {
        var finding = Assert.Single(ResourceFindings.OfFargate(cpu, memory, "ECS0032", Windows));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.cpu", finding.Path);
        Assert.StartsWith("Windows tasks on Fargate take 1024, 2048 or 4096 CPU units, not " + cpu + " CPU units", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1024", "2048")]
    [InlineData("2048", "4096")]
    [InlineData("4 vCPU", "30 GB")]
    public void Windows_sizes_of_1_2_and_4_vcpu_pass(string cpu, string memory) =>
        Assert.Empty(ResourceFindings.OfFargate(cpu, memory, "ECS0032", Windows));

    [Fact]
    public void A_windows_cpu_value_outside_the_table_is_left_to_ecs0030()
    {
        Assert.Empty(ResourceFindings.OfFargate("300", "1024", "ECS0032", Windows));
        Assert.Single(ResourceFindings.OfFargate("300", "1024", "ECS0030", Windows));
    }

    [Fact]
    public void Large_linux_sizes_on_their_own_pass() =>
        Assert.Empty(ResourceFindings.OfFargate("16384", "32768", "ECS0032"));

    [Fact]
    public void A_service_pinning_a_platform_before_1_4_0_for_a_large_task_fires()
    {
        var finding = Assert.Single(Service("8192", "16384", "1.3.0"));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.platformVersion", finding.Path);
        Assert.Equal(["taskDefinition.cpu"], finding.AdditionalPaths);
        Assert.Equal(
            "The service runs its task on Fargate platform version 1.3.0, but a task of 8192 CPU units needs Linux platform version 1.4.0 or later; "
            + "set platformVersion to 1.4.0 or LATEST, or use 4096 CPU units or fewer.",
            finding.Message);
    }

    [Theory]
    [InlineData("8192", "16384", "LATEST")]
    [InlineData("8192", "16384", null)]
    [InlineData("16384", "32768", "1.4.0")]
    [InlineData("4096", "8192", "1.3.0")]
    [InlineData("8192", "16384", "not-a-version")]
    public void Latest_absent_new_enough_or_small_sizes_pass(string cpu, string memory, string? platformVersion) =>
        Assert.Empty(Service(cpu, memory, platformVersion));

    [Fact]
    public void A_service_on_ec2_ignores_the_platform_version() =>
        Assert.Empty(Service("8192", "16384", "1.3.0", launchType: "EC2"));

    [Fact]
    public void The_fluent_service_is_checked_in_an_app()
    {
        var app = new EcsApp("shop");
        var big = app.TaskDefinition("big", td => td.Fargate(cpu: 16384, memoryMiB: 32768).Container("app", c => c.Image("nginx:1.27")));
        app.Cluster("main").Service("big", s => s.TaskDefinition(big).Fargate("1.3.0").Subnets("subnet-1"));

        var finding = Assert.Single(ResourceFindings.Of(app.Validate(), "ECS0032"));

        Assert.Equal("clusters['main'].services['big'].platformVersion", finding.Path);
        Assert.Equal(["taskDefinitions['big'].cpu"], finding.AdditionalPaths);
    }

    [Fact]
    public void Unknown_platform_version_or_operating_system_stays_silent()
    {
        var task = ResourceFindings.Task("8192", "16384", fargate: true);
        Assert.Empty(ResourceFindings.OfFacts(new ServiceFacts { Name = "api", PlatformVersion = Fact<string>.Unknown, Task = task }, "ECS0032"));

        task.OperatingSystemFamily = Fact<string>.Unknown;
        Assert.Empty(ResourceFindings.OfFacts(new ServiceFacts { Name = "api", PlatformVersion = "1.3.0", Task = task }, "ECS0032"));
        Assert.Empty(ResourceFindings.OfFacts(ResourceFindings.Task("256", "512", fargate: true), "ECS0032"));
    }

    private static List<EcsDiagnostic> Service(string cpu, string memory, string? platformVersion, string launchType = "FARGATE")
    {
        var task = EcsJson.ParseTaskDefinition(ResourceFindings.FargateJson(cpu, memory));
        var platform = platformVersion is null ? "" : $""", "platformVersion": "{platformVersion}" """;
        var service = EcsJson.ParseService($$"""
            { "serviceName": "api", "cluster": "main", "taskDefinition": "web", "launchType": "{{launchType}}"{{platform}} }
            """);
        return ResourceFindings.Of(service.Validate(task), "ECS0032");
    }
}
