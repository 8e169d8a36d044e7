using System.Text.Json.Nodes;

namespace EcsKit.Tests.Json;

/// <summary>Output of the ECS describe and create calls reads as the matching create input.</summary>
public sealed class DescribeOutputTests
{
    private const string DescribeTaskDefinition = """
        {
            "taskDefinition": {
                "taskDefinitionArn": "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:7",
                "containerDefinitions": [
                    {
                        "name": "app",
                        "image": "app:1",
                        "cpu": 0,
                        "portMappings": [{ "containerPort": 80, "hostPort": 80, "protocol": "tcp" }],
                        "essential": true,
                        "environment": [],
                        "mountPoints": [],
                        "volumesFrom": [],
                        "systemControls": []
                    }
                ],
                "family": "web",
                "networkMode": "awsvpc",
                "revision": 7,
                "volumes": [],
                "status": "ACTIVE",
                "requiresAttributes": [{ "name": "com.amazonaws.ecs.capability.docker-remote-api.1.18" }],
                "placementConstraints": [],
                "compatibilities": ["EC2", "FARGATE"],
                "requiresCompatibilities": ["FARGATE"],
                "cpu": "256",
                "memory": "512",
                "registeredAt": "2024-05-01T10:00:00.000Z",
                "registeredBy": "arn:aws:iam::111122223333:user/dev"
            },
            "tags": [{ "key": "team", "value": "web" }]
        }
        """;

    private const string RegisterTaskDefinition = """
        {
            "family": "web",
            "networkMode": "awsvpc",
            "requiresCompatibilities": ["FARGATE"],
            "cpu": "256",
            "memory": "512",
            "containerDefinitions": [
                {
                    "name": "app",
                    "image": "app:1",
                    "cpu": 0,
                    "portMappings": [{ "containerPort": 80, "hostPort": 80, "protocol": "tcp" }],
                    "essential": true
                }
            ],
            "tags": [{ "key": "team", "value": "web" }]
        }
        """;

    [Fact]
    public void Describe_task_definition_output_reads_as_register_input_with_its_tags()
    {
        var read = EcsJson.ReadTaskDefinition(DescribeTaskDefinition);

        Assert.Equal("$.taskDefinition", read.Path);
        Assert.Equal(
            ["compatibilities", "registeredAt", "registeredBy", "requiresAttributes", "revision", "status", "taskDefinitionArn"],
            read.ReadOnlyMembers.Order(StringComparer.Ordinal));
        var tag = Assert.Single(read.Value.Tags!);
        Assert.Equal(("team", "web"), (tag.Key, tag.Value));
        Assert.Null(read.Value.AdditionalMembers);
        JsonSemantics.AssertEqual(RegisterTaskDefinition, EcsJson.Serialize(read.Value));
        Assert.Equal(EcsJson.Serialize(EcsJson.ParseTaskDefinition(RegisterTaskDefinition)), EcsJson.Serialize(read.Value));
    }

    [Fact]
    public void Problem_inside_the_wrapper_has_the_full_path_and_position()
    {
        var json = DescribeTaskDefinition.Replace("\"containerPort\": 80", "\"containerPort\": \"80\"", StringComparison.Ordinal);

        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.taskDefinition.containerDefinitions[0].portMappings[0].containerPort", problem.Path);
        Assert.Equal(EcsReaders.PositionOf(json, "\"80\""), (problem.Line, problem.Column));
    }

    [Fact]
    public void Problem_in_the_tags_beside_the_definition_has_their_path()
    {
        var json = DescribeTaskDefinition.Replace("\"value\": \"web\"", "\"value\": 5", StringComparison.Ordinal);

        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.tags[0].value", problem.Path);
        Assert.Equal(EcsReaders.PositionOf(json, "5 }"), (problem.Line, problem.Column));
    }

    [Fact]
    public void Task_definition_wrapper_without_tags_reads_without_tags()
    {
        var read = EcsJson.ReadTaskDefinition("""{"taskDefinition":{"family":"f","containerDefinitions":[{"name":"a"}],"revision":1}}""");

        Assert.Null(read.Value.Tags);
        Assert.Equal(["revision"], read.ReadOnlyMembers);
    }

    [Fact]
    public void Null_tags_beside_the_definition_mean_no_tags()
    {
        // Explicit null means absent everywhere else, the tags beside the definition included.
        var read = EcsJson.ReadTaskDefinition("""{"taskDefinition":{"family":"f","containerDefinitions":[{"name":"a"}]},"tags":null}""");

        Assert.Null(read.Value.Tags);
    }

    [Fact]
    public void Tags_beside_the_definition_are_kept_when_the_definition_has_an_empty_tag_list()
    {
        // An empty list means absent, so the tags beside the definition are its tags.
        var read = EcsJson.ReadTaskDefinition("""{"taskDefinition":{"family":"f","containerDefinitions":[{"name":"a"}],"tags":[]},"tags":[{"key":"k","value":"v"}]}""");

        Assert.Equal("k", Assert.Single(read.Value.Tags ?? []).Key);
    }

    [Fact]
    public void Describe_services_output_reads_as_create_service_input()
    {
        const string json = """
            {
                "services": [
                    {
                        "serviceArn": "arn:aws:ecs:eu-west-1:111122223333:service/prod/shop",
                        "serviceName": "shop",
                        "clusterArn": "arn:aws:ecs:eu-west-1:111122223333:cluster/prod",
                        "loadBalancers": [],
                        "serviceRegistries": [],
                        "status": "ACTIVE",
                        "desiredCount": 2,
                        "runningCount": 2,
                        "pendingCount": 0,
                        "launchType": "FARGATE",
                        "platformVersion": "LATEST",
                        "platformFamily": "Linux",
                        "taskDefinition": "arn:aws:ecs:eu-west-1:111122223333:task-definition/shop:3",
                        "deploymentConfiguration": {
                            "deploymentCircuitBreaker": { "enable": true, "rollback": true },
                            "maximumPercent": 200,
                            "minimumHealthyPercent": 100
                        },
                        "deployments": [{ "id": "ecs-svc/1", "status": "PRIMARY", "desiredCount": 2 }],
                        "roleArn": "arn:aws:iam::111122223333:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
                        "events": [{ "id": "e1", "createdAt": "2024-05-01T10:00:00Z", "message": "(service shop) has reached a steady state." }],
                        "createdAt": "2024-04-01T10:00:00Z",
                        "networkConfiguration": {
                            "awsvpcConfiguration": { "subnets": ["subnet-1"], "securityGroups": ["sg-1"], "assignPublicIp": "DISABLED" }
                        },
                        "healthCheckGracePeriodSeconds": 0,
                        "schedulingStrategy": "REPLICA",
                        "deploymentController": { "type": "ECS" },
                        "createdBy": "arn:aws:iam::111122223333:user/dev",
                        "enableECSManagedTags": false,
                        "propagateTags": "NONE",
                        "enableExecuteCommand": false
                    }
                ],
                "failures": []
            }
            """;
        const string expected = """
            {
                "cluster": "arn:aws:ecs:eu-west-1:111122223333:cluster/prod",
                "serviceName": "shop",
                "taskDefinition": "arn:aws:ecs:eu-west-1:111122223333:task-definition/shop:3",
                "desiredCount": 2,
                "launchType": "FARGATE",
                "platformVersion": "LATEST",
                "role": "arn:aws:iam::111122223333:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
                "deploymentConfiguration": {
                    "deploymentCircuitBreaker": { "enable": true, "rollback": true },
                    "maximumPercent": 200,
                    "minimumHealthyPercent": 100
                },
                "networkConfiguration": {
                    "awsvpcConfiguration": { "subnets": ["subnet-1"], "securityGroups": ["sg-1"], "assignPublicIp": "DISABLED" }
                },
                "healthCheckGracePeriodSeconds": 0,
                "schedulingStrategy": "REPLICA",
                "deploymentController": { "type": "ECS" },
                "enableECSManagedTags": false,
                "propagateTags": "NONE",
                "enableExecuteCommand": false
            }
            """;

        var read = EcsJson.ReadService(json);

        Assert.Equal("$.services[0]", read.Path);
        Assert.Equal("arn:aws:ecs:eu-west-1:111122223333:cluster/prod", read.Value.Cluster);
        Assert.Equal(
            ["clusterArn", "createdAt", "createdBy", "deployments", "events", "pendingCount", "platformFamily", "roleArn", "runningCount", "serviceArn", "status"],
            read.ReadOnlyMembers.Order(StringComparer.Ordinal));
        Assert.Null(read.Value.AdditionalMembers);
        JsonSemantics.AssertEqual(expected, EcsJson.Serialize(read.Value));
    }

    [Fact]
    public void Create_service_output_reads_from_its_service_wrapper()
    {
        const string json = """{"service":{"serviceName":"shop","clusterArn":"arn:c","status":"DRAFT","desiredCount":0}}""";

        var read = EcsJson.ReadService(json);

        Assert.Equal("$.service", read.Path);
        Assert.Equal(("shop", "arn:c", 0), (read.Value.ServiceName, read.Value.Cluster, read.Value.DesiredCount));
        Assert.Equal(["clusterArn", "status"], read.ReadOnlyMembers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cluster_given_beside_clusterArn_is_kept()
    {
        var read = EcsJson.ReadService("""{"serviceName":"s","cluster":"prod","clusterArn":"arn:c","role":"r","roleArn":"arn:r"}""");

        Assert.Equal(("prod", "r"), (read.Value.Cluster, read.Value.Role));
        Assert.Equal(["clusterArn", "roleArn"], read.ReadOnlyMembers.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"services":[{"serviceName":"a"},{"serviceName":"b"}]}""", "2 services")]
    [InlineData("""{"services":[]}""", "0 services")]
    public void Services_wrapper_must_hold_exactly_one_service(string json, string count)
    {
        var error = EcsReaders.Rejects(EcsReaders.Service, json);

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.services", problem.Path);
        Assert.Equal((1, 13), (problem.Line, problem.Column));
        Assert.Contains(count, problem.Message, StringComparison.Ordinal);
        Assert.Contains("one", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_inside_the_services_wrapper_has_the_full_path()
    {
        var error = EcsReaders.Rejects(EcsReaders.Service, """{"services":[{"serviceName":"a","desiredCount":"2"}]}""");

        Assert.Equal("$.services[0].desiredCount", Assert.Single(error.Problems).Path);
    }

    [Theory]
    [InlineData("""{"clusters":[{"clusterName":"prod","clusterArn":"arn:c","status":"ACTIVE","runningTasksCount":3,"settings":[{"name":"containerInsights","value":"enabled"}]}],"failures":[]}""", "$.clusters[0]")]
    [InlineData("""{"cluster":{"clusterName":"prod","clusterArn":"arn:c","status":"ACTIVE","runningTasksCount":3,"settings":[{"name":"containerInsights","value":"enabled"}]}}""", "$.cluster")]
    public void Describe_clusters_and_create_cluster_output_read_as_create_cluster_input(string json, string path)
    {
        var read = EcsJson.ReadCluster(json);

        Assert.Equal(path, read.Path);
        Assert.Equal(["clusterArn", "runningTasksCount", "status"], read.ReadOnlyMembers.Order(StringComparer.Ordinal));
        JsonSemantics.AssertEqual(
            """{"clusterName":"prod","settings":[{"name":"containerInsights","value":"enabled"}]}""",
            EcsJson.Serialize(read.Value));
    }

    [Fact]
    public void Clusters_wrapper_with_two_clusters_is_rejected()
    {
        var error = EcsReaders.Rejects(EcsReaders.Cluster, """{"clusters":[{"clusterName":"a"},{"clusterName":"b"}]}""");

        Assert.Equal("$.clusters", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Api_input_is_read_from_the_root()
    {
        var read = EcsJson.ReadTaskDefinition(RegisterTaskDefinition);

        Assert.Equal("$", read.Path);
        Assert.Empty(read.ReadOnlyMembers);
        JsonSemantics.AssertEqual(JsonNode.Parse(RegisterTaskDefinition), JsonNode.Parse(EcsJson.Serialize(read.Value)));
    }
}
