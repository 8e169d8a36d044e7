using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

/// <summary>The corpus reader: YAML short tags, scalar types and the task definitions found per file.</summary>
public sealed class CfnCorpusTests
{
    [Fact]
    public void Short_tags_become_long_form_intrinsics()
    {
        var template = CloudFormationYaml.Parse("""
            Resources:
              Task:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  Family: !Sub "${AWS::StackName}-web"
                  ExecutionRoleArn: !GetAtt Role.Arn
                  TaskRoleArn: !GetAtt [Role, Arn]
                  Cpu: !Ref Cpu
                  Tags: !If [HasTags, [{Key: a, Value: b}], !Ref "AWS::NoValue"]
                  Memory: !Join ["", [!Ref Memory]]
            """);

        var properties = template["Resources"]!["Task"]!["Properties"]!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {
              "Family": { "Fn::Sub": "${AWS::StackName}-web" },
              "ExecutionRoleArn": { "Fn::GetAtt": ["Role", "Arn"] },
              "TaskRoleArn": { "Fn::GetAtt": ["Role", "Arn"] },
              "Cpu": { "Ref": "Cpu" },
              "Tags": { "Fn::If": ["HasTags", [{ "Key": "a", "Value": "b" }], { "Ref": "AWS::NoValue" }] },
              "Memory": { "Fn::Join": ["", [{ "Ref": "Memory" }]] }
            }
            """), properties), properties.ToJsonString());
    }

    [Fact]
    public void Plain_scalars_are_typed_and_quoted_ones_stay_strings()
    {
        var json = CloudFormationYaml.Parse("""
            a: 80
            b: "80"
            c: true
            d: 'true'
            e: 0.5
            f: 2010-09-09
            g:
            """);

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{ "a": 80, "b": "80", "c": true, "d": "true", "e": 0.5, "f": "2010-09-09", "g": null }"""), json),
            json.ToJsonString());
    }

    [Fact]
    public void Repeated_key_keeps_its_last_value_and_is_reported()
    {
        var duplicates = new List<string>();

        var json = CloudFormationYaml.Parse("Cpu: !Ref Cpu\nCpu: 512\n", duplicates);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "Cpu": 512 }"""), json), json.ToJsonString());
        Assert.Equal("Cpu", Assert.Single(duplicates).Split(' ')[0]);
    }

    public static TheoryData<string, int> TaskDefinitionCounts => new()
    {
        { "aws-cloudformation__aws-cloudformation-templates__ECS__EC2LaunchType__services__public-service.json", 1 },
        { "aws-cloudformation__aws-cloudformation-templates__ECS__FargateLaunchType__services__private-subnet-public-service.yaml", 1 },
        { "aws-observability__aws-otel-collector__deployment-template__ecs__aws-otel-fargate-sidecar-deployment-cfn.yaml", 1 },
        { "aws-samples__amazon-cloudwatch-container-insights__ecs-task-definition-templates__deployment-mode__replica-service__cwagent-prometheus__cloudformation-quickstart__cwagent-ecs-prometheus-metric-for-bridge-host.yaml", 1 },
        { "aws-samples__amazon-ecs-configmaps-example__examples__nginx.cloudformation.yaml", 1 },
        { "aws-samples__amazon-ecs-fargate-consul-connect-example__cfn__greeter__service-consul-connect-greeter-fargate.yml", 1 },
        { "aws__aws-app-mesh-examples__walkthroughs__howto-ecs-basics__deploy__2-meshify.yaml", 2 },
        { "aws__aws-app-mesh-examples__walkthroughs__howto-http2__app.yaml", 4 },
        { "docker__compose-cli__ecs__testdata__simple-cloudformation-conversion.golden", 1 },
    };

    [Theory]
    [MemberData(nameof(TaskDefinitionCounts))]
    public void Reader_finds_the_task_definitions_of_each_corpus_file(string fileName, int count)
    {
        var template = CfnCorpus.Read(fileName);

        Assert.Equal(count, CfnCorpus.TaskDefinitions(template).Count);
        Assert.All(CfnCorpus.TaskDefinitions(template), td => Assert.True(td.Properties.ContainsKey("ContainerDefinitions")));
    }

    [Fact]
    public void Every_corpus_file_is_covered_by_the_counts()
    {
        Assert.Equal(TaskDefinitionCounts.Select(row => (string)row[0]).Order(StringComparer.Ordinal), CfnCorpus.FileNames());
    }

    [Fact]
    public void No_short_tag_survives_the_reader()
    {
        foreach (var fileName in CfnCorpus.FileNames())
        {
            var text = CfnCorpus.Read(fileName).ToJsonString();
            Assert.DoesNotContain("\"!", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Literal_task_definitions_are_those_without_intrinsics()
    {
        var literal = CfnCorpus.LiteralTaskDefinitions().Select(td => $"{td.FileName} {td.LogicalId}").ToList();

        // Every corpus task definition refers to something of its stack, so none is literal as a whole.
        Assert.Empty(literal);
    }

    [Fact]
    public void Literal_parts_keep_the_task_definitions_that_still_name_their_containers_images()
    {
        var usable = CfnCorpus.RoundTripCandidates().Select(td => $"{td.FileName} {td.LogicalId}").ToList();

        Assert.Equal(
            [
                "aws-observability__aws-otel-collector__deployment-template__ecs__aws-otel-fargate-sidecar-deployment-cfn.yaml ECSTaskDefinition",
                "aws-samples__amazon-cloudwatch-container-insights__ecs-task-definition-templates__deployment-mode__replica-service__cwagent-prometheus__cloudformation-quickstart__cwagent-ecs-prometheus-metric-for-bridge-host.yaml ECSCWAgentTaskDefinition",
                "docker__compose-cli__ecs__testdata__simple-cloudformation-conversion.golden SimpleTaskDefinition",
            ],
            usable);
    }
}
