using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

/// <summary>The YAML form of a template reads (with a YAML parser) to the same document as its JSON form.</summary>
public sealed class TemplateYamlTests
{
    [Fact]
    public void The_yaml_template_reads_back_to_the_json_template()
    {
        var app = new EcsApp("shop");
        var web = app.TaskDefinition("web", td => td
            .Fargate(cpu: 512, memoryMiB: 1024)
            .Container("app", c => c
                .Image("public.ecr.aws/nginx/nginx:1.27")
                .Port(80, name: "http")
                .Environment("GREETING", "yes: \"quoted\", #not a comment, 'single' and unicode é")
                .Environment("EMPTY", "")
                .Environment("LOOKS_LIKE_A_NUMBER", "0123")
                .Command("sh", "-c", "echo one\necho two")
                .HealthCheck("CMD-SHELL", "wget -qO- http://localhost/ || exit 1", interval: TimeSpan.FromSeconds(10))
                .Secret("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db")
                .AwsLogs(group: "/ecs/web", region: "eu-west-1", streamPrefix: "web")));
        app.Cluster("shop").Service("web", s => s.TaskDefinition(web).DesiredCount(2).Subnets("subnet-1").CircuitBreaker());
        var template = EcsCloudFormation.Synthesize(app, new CloudFormationOptions { CreateLogGroups = true, CreateExecutionRole = true, ImageTagParameters = true, NetworkParameters = true });

        var fromYaml = CloudFormationYaml.Parse(template.ToYaml());

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(template.ToJson()), fromYaml), template.ToYaml());
    }
}
