using static EcsKit.Analyzers.Tests.Json.JsonAnalyzerVerifier;

namespace EcsKit.Analyzers.Tests.Json;

public class ServiceFileTests
{
    private const string TaskFile = "/0/web.taskdef.json";

    private const string Task = """
        {
          "family": "web",
          "networkMode": "awsvpc",
          "requiresCompatibilities": ["FARGATE"],
          "cpu": "256",
          "memory": "512",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", {|#1:"portMappings"|}: [{ "containerPort": 80 }] }
          ]
        }
        """;

    [Fact]
    public Task A_load_balancer_container_the_task_definition_does_not_have_is_reported_at_its_containerName()
    {
        const string service = """
            {
              "cluster": "main",
              "serviceName": "web",
              "taskDefinition": "web:3",
              "desiredCount": 2,
              "launchType": "FARGATE",
              "loadBalancers": [
                { "targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc", "containerName": {|#0:"api"|}, "containerPort": 80 }
              ]
            }
            """;
        return VerifyAsync([("/0/web.service.json", service), (TaskFile, Plain(Task))],
            Diagnostic("ECS0012").WithLocation(0).WithArguments(RuntimeMessage(service, Task, "ECS0012")));
    }

    [Fact]
    public Task A_finding_that_involves_the_task_definition_points_into_its_file_as_additional_location()
    {
        const string service = """
            {
              "services": [
                {
                  "serviceArn": "arn:aws:ecs:eu-west-1:123456789012:service/main/web",
                  "clusterArn": "arn:aws:ecs:eu-west-1:123456789012:cluster/main",
                  "serviceName": "web",
                  "taskDefinition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3",
                  "status": "ACTIVE",
                  "loadBalancers": [
                    { "targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc", "containerName": "web", "containerPort": {|#0:8080|} }
                  ]
                }
              ]
            }
            """;
        return VerifyAsync([("/0/web.service.json", service), (TaskFile, Task)],
            Diagnostic("ECS0012").WithLocation(0).WithLocation(1).WithArguments(RuntimeMessage(service, Task, "ECS0012")));
    }

    [Fact]
    public async Task Without_a_task_definition_file_of_its_family_the_service_is_checked_alone()
    {
        const string service = """{ "serviceName": "web", "taskDefinition": "api:1", "loadBalancers": [{ "containerName": "api", "containerPort": 80 }] }""";

        var diagnostics = await DiagnosticsAsync(("/0/web.service.json", service), (TaskFile, Task));

        Assert.DoesNotContain(diagnostics, d => d.Location.GetLineSpan().Path == "/0/web.service.json");
    }

    [Fact]
    public async Task A_family_with_two_task_definition_files_is_not_guessed()
    {
        const string service = """{ "serviceName": "web", "taskDefinition": "web", "loadBalancers": [{ "containerName": "api", "containerPort": 80 }] }""";

        var diagnostics = await DiagnosticsAsync(("/0/web.service.json", service), (TaskFile, Task), ("/1/web.taskdef.json", Task));

        Assert.DoesNotContain(diagnostics, d => d.Id == "ECS0012");
    }

    [Fact]
    public async Task A_describe_output_with_several_services_is_not_analyzed()
    {
        const string service = """{ "services": [{ "serviceName": "a", "taskDefinition": "web", "loadBalancers": [{ "containerName": "x" }] }, { "serviceName": "b" }] }""";

        Assert.DoesNotContain(await DiagnosticsAsync(("/0/web.service.json", service), (TaskFile, Task)), d => d.Id == "ECS0012");
    }

    private static string RuntimeMessage(string service, string task, string id) =>
        Assert.Single(EcsJson.ParseService(Plain(service)).Validate(EcsJson.ParseTaskDefinition(Plain(task))).Diagnostics, d => d.Id == id).Message;
}
