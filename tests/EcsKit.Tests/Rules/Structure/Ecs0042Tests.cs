using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0042Tests
{
    [Fact]
    public void A_family_with_other_characters_fires()
    {
        var finding = Assert.Single(StructureFindings.OfTask(StructureFindings.TaskJson("web app", """{ "name": "app", "image": "nginx:1.27" }"""), "ECS0042"));

        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.family", finding.Path);
        Assert.Equal(
            "Family 'web app' has characters other than ASCII letters, digits, hyphens and underscores; ECS takes 1 to 255 letters, digits, hyphens and underscores, so rename it.",
            finding.Message);
    }

    [Theory]
    [InlineData("web.app")]
    [InlineData("web:1")]
    [InlineData("wéb")]
    [InlineData("")]
    public void A_container_name_ecs_refuses_fires(string name)
    {
        var finding = Assert.Single(StructureFindings.OfContainers("ECS0042", $$"""{ "name": "{{name}}", "image": "nginx:1.27" }"""));

        Assert.Equal("$.containerDefinitions[0].name", finding.Path);
        Assert.StartsWith($"Container name '{name}' ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_of_255_characters_pass_and_of_256_fire()
    {
        Assert.Empty(StructureFindings.OfContainers("ECS0042", $$"""{ "name": "{{new string('a', 255)}}", "image": "nginx:1.27" }"""));

        var finding = Assert.Single(StructureFindings.OfContainers("ECS0042", $$"""{ "name": "{{new string('a', 256)}}", "image": "nginx:1.27" }"""));
        Assert.Contains("is 256 characters long", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Upper_case_digits_hyphens_and_underscores_pass()
    {
        Assert.Empty(StructureFindings.OfTask(StructureFindings.TaskJson("Web_App-2", """{ "name": "Api_Server-1", "image": "nginx:1.27" }"""), "ECS0042"));
    }

    [Fact]
    public void A_duplicate_container_name_fires_on_the_later_one()
    {
        var finding = Assert.Single(StructureFindings.OfContainers("ECS0042",
            """{ "name": "web", "image": "nginx:1.27" }""",
            """{ "name": "log", "image": "nginx:1.27" }""",
            """{ "name": "web", "image": "nginx:1.27" }"""));

        Assert.Equal("$.containerDefinitions[2].name", finding.Path);
        Assert.Equal(["$.containerDefinitions[0].name"], finding.AdditionalPaths);
        Assert.Equal("More than one container is named 'web'; container names must be unique within a task definition, so rename one.", finding.Message);
    }

    [Fact]
    public void Names_differing_in_case_are_not_duplicates()
    {
        Assert.Empty(StructureFindings.OfContainers("ECS0042",
            """{ "name": "web", "image": "nginx:1.27" }""",
            """{ "name": "Web", "image": "nginx:1.27" }"""));
    }

    [Theory]
    [InlineData("HTTP", "has characters other than lowercase letters, digits, hyphens and underscores")]
    [InlineData("web.http", "has characters other than lowercase letters, digits, hyphens and underscores")]
    [InlineData("-http", "starts with a hyphen")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "is longer than 64 characters")]
    public void A_port_mapping_name_ecs_refuses_fires(string name, string problem)
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Fargate(256, 512)
            .Container("app", c => c.Image("nginx:1.27").Port(80, name: name)));

        var finding = Assert.Single(StructureFindings.Of(definition.Validate(), "ECS0042"));

        Assert.Equal("$.containerDefinitions[0].portMappings[0].name", finding.Path);
        Assert.Equal(
            $"Port mapping name '{name}' of container 'app' {problem}; ECS takes up to 64 lowercase letters, digits, hyphens and underscores, not starting with a hyphen.",
            finding.Message);
    }

    [Theory]
    [InlineData("http")]
    [InlineData("web_8080-tcp")]
    [InlineData("http-")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Port_mapping_names_ecs_takes_pass(string name)
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Fargate(256, 512)
            .Container("app", c => c.Image("nginx:1.27").Port(80, name: name)));

        Assert.Empty(StructureFindings.Of(definition.Validate(), "ECS0042"));
    }

    [Fact]
    public void Service_and_cluster_names_of_a_service_file_are_checked()
    {
        var service = EcsJson.ParseService("""{ "serviceName": "web api", "cluster": "main cluster", "taskDefinition": "web" }""");

        var findings = StructureFindings.Of(service.Validate(), "ECS0042");

        Assert.Equal(["$.cluster", "$.serviceName"], findings.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Contains(findings, f => f.Message.StartsWith("Service name 'web api' ", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.StartsWith("Cluster name 'main cluster' ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cluster_arn_is_checked_by_its_name()
    {
        Assert.Empty(StructureFindings.Of(EcsJson.ParseService("""
            { "serviceName": "api", "cluster": "arn:aws:ecs:eu-west-1:123456789012:cluster/main-1", "taskDefinition": "web" }
            """).Validate(), "ECS0042"));

        var finding = Assert.Single(StructureFindings.Of(EcsJson.ParseService("""
            { "serviceName": "api", "cluster": "arn:aws:ecs:eu-west-1:123456789012:cluster/main.1", "taskDefinition": "web" }
            """).Validate(), "ECS0042"));
        Assert.StartsWith("Cluster name 'main.1' ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void App_cluster_and_service_names_are_checked_once()
    {
        var app = new EcsApp("shop");
        var web = app.TaskDefinition("web", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27")));
        app.Cluster("shop.main")
            .Service("web", s => s.TaskDefinition(web).Subnets("subnet-1"))
            .Service("web v2", s => s.TaskDefinition(web).Subnets("subnet-1"));

        var findings = StructureFindings.Of(app.Validate(), "ECS0042");

        Assert.Equal(
            ["clusters['shop.main'].clusterName", "clusters['shop.main'].services['web v2'].serviceName"],
            findings.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_names_stay_silent()
    {
        var task = StructureFindings.Task(
            StructureFindings.Container(0, Fact<string>.Unknown),
            StructureFindings.Container(1, Fact<string>.Unknown));
        task.Family = Fact<string>.Unknown;
        task.Containers[0].PortMappings.Add(new PortFacts { Path = "$.containerDefinitions[0].portMappings[0]", Name = Fact<string>.Unknown });
        Assert.Empty(StructureFindings.OfFacts(task, "ECS0042"));

        Assert.Empty(StructureFindings.OfFacts(new ServiceFacts { Name = Fact<string>.Unknown, Cluster = Fact<string>.Unknown }, "ECS0042"));
    }
}
