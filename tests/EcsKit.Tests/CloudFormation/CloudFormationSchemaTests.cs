using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

/// <summary>The schema check on small hand-written templates, one kind of problem each.</summary>
public sealed class CloudFormationSchemaTests
{
    private static IReadOnlyList<string> Check(string taskDefinitionProperties) =>
        CloudFormationSchema.Committed.Check(JsonNode.Parse($$"""
            { "Resources": { "Task": { "Type": "AWS::ECS::TaskDefinition", "Properties": {{taskDefinitionProperties}} } } }
            """)!.AsObject());

    [Fact]
    public void Valid_task_definition_has_no_problems()
    {
        var problems = Check("""
            {
              "Family": "web", "Cpu": "256", "Memory": "512", "NetworkMode": "awsvpc",
              "RequiresCompatibilities": ["FARGATE"],
              "ContainerDefinitions": [{
                "Name": "web", "Image": "nginx", "Essential": true,
                "PortMappings": [{ "ContainerPort": 80, "Protocol": "tcp" }],
                "LogConfiguration": { "LogDriver": "awslogs", "Options": { "awslogs-group": "/ecs/web" } }
              }]
            }
            """);

        Assert.Empty(problems);
    }

    [Fact]
    public void Unknown_property_is_reported_with_its_path()
    {
        var problems = Check("""{ "ContainerDefinitions": [{ "Name": "web", "Image": "nginx", "Colour": "red" }] }""");

        Assert.Equal(["Resources.Task.Properties.ContainerDefinitions[0].Colour: unknown property"], problems);
    }

    [Fact]
    public void Wrong_type_is_reported_with_expected_and_found()
    {
        var problems = Check("""{ "ContainerDefinitions": [{ "Name": "web", "Image": "nginx", "PortMappings": [{ "ContainerPort": "80" }] }] }""");

        Assert.Equal(["Resources.Task.Properties.ContainerDefinitions[0].PortMappings[0].ContainerPort: expected integer, found string"], problems);
    }

    [Fact]
    public void Missing_required_property_is_reported()
    {
        var problems = Check("""{ "ContainerDefinitions": [{ "Name": "web" }] }""");

        Assert.Equal(["Resources.Task.Properties.ContainerDefinitions[0].Image: required property missing"], problems);
    }

    [Fact]
    public void Map_values_and_enumerations_are_checked()
    {
        var problems = Check("""
            { "ContainerDefinitions": [{ "Name": "web", "Image": "nginx",
              "PortMappings": [{ "ContainerPort": 80, "AppProtocol": "ftp" }],
              "DockerLabels": { "tier": 1 } }] }
            """);

        Assert.Equal(
            [
                "Resources.Task.Properties.ContainerDefinitions[0].PortMappings[0].AppProtocol: ftp is not one of \"http\", \"http2\", \"grpc\"",
                "Resources.Task.Properties.ContainerDefinitions[0].DockerLabels.tier: expected string, found integer",
            ],
            problems);
    }

    [Fact]
    public void Intrinsic_functions_are_accepted_wherever_a_value_goes()
    {
        var problems = Check("""
            {
              "Family": { "Fn::Sub": "${AWS::StackName}-web" },
              "ExecutionRoleArn": { "Fn::GetAtt": ["Role", "Arn"] },
              "ContainerDefinitions": [
                { "Name": "web", "Image": { "Ref": "Image" },
                  "PortMappings": [{ "ContainerPort": { "Ref": "Port" } }],
                  "Environment": { "Fn::If": ["Prod", [], { "Ref": "AWS::NoValue" }] } },
                { "Fn::If": ["WithSidecar", { "Name": "side", "Image": "x" }, { "Ref": "AWS::NoValue" }] }
              ]
            }
            """);

        Assert.Empty(problems);
    }

    [Fact]
    public void Resources_of_other_types_are_left_alone_and_required_is_checked_without_properties()
    {
        var problems = CloudFormationSchema.Committed.Check(JsonNode.Parse("""
            { "Resources": {
                "Lb": { "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": { "Anything": 1 } },
                "Role": { "Type": "AWS::IAM::Role" } } }
            """)!.AsObject());

        Assert.Equal(["Resources.Role.Properties.AssumeRolePolicyDocument: required property missing"], problems);
    }

    [Fact]
    public void IsLiteral_tells_whether_a_subtree_holds_an_intrinsic()
    {
        Assert.True(Intrinsics.IsLiteral(JsonNode.Parse("""{ "a": [1, "x", { "Ref": 2, "b": 3 }] }""")));
        Assert.False(Intrinsics.IsLiteral(JsonNode.Parse("""{ "a": [1, { "Fn::Sub": "x" }] }""")));
        Assert.False(Intrinsics.IsLiteral(JsonNode.Parse("""{ "Ref": "Image" }""")));
    }

    [Fact]
    public void LiteralPart_drops_intrinsic_members_and_elements()
    {
        var part = Intrinsics.LiteralPart(JsonNode.Parse("""{ "a": { "Ref": "X" }, "b": [1, { "Fn::If": [] }, { "c": 2, "d": { "Ref": "Y" } }] }"""));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "b": [1, { "c": 2 }] }"""), part), part!.ToJsonString());
    }
}
