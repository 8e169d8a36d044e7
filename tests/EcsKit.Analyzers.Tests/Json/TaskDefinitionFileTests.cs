using static EcsKit.Analyzers.Tests.Json.JsonAnalyzerVerifier;

namespace EcsKit.Analyzers.Tests.Json;

public class TaskDefinitionFileTests
{
    private const string File = "/0/web.taskdef.json";

    private const string PortConflict = """
        {
          "family": "web",
          "networkMode": "awsvpc",
          "requiresCompatibilities": ["FARGATE"],
          "cpu": "256",
          "memory": "512",
          "containerDefinitions": [
            { "name": "a", "image": "nginx:1.27", "portMappings": [{ "containerPort": {|#1:80|} }] },
            { "name": "b", "image": "httpd:2.4", "portMappings": [{ "containerPort": {|#0:80|} }] }
          ]
        }
        """;

    [Fact]
    public Task A_port_conflict_in_awsvpc_is_reported_at_the_second_containerPort_with_the_first_as_additional_location() =>
        VerifyAsync([(File, PortConflict)],
            Diagnostic("ECS0004").WithLocation(0).WithLocation(1).WithArguments(RuntimeMessage(PortConflict, "ECS0004")));

    // The fluent Environment(...) replaces a variable of the same name, so a duplicate can only come from JSON.
    [Fact]
    public Task An_environment_variable_given_twice_is_reported_in_a_json_task_definition()
    {
        const string json = """
            {
              "family": "web",
              "containerDefinitions": [
                {
                  "name": "web",
                  "image": "nginx:1.27",
                  "memory": 256,
                  "environment": [
                    { "name": {|#1:"MODE"|}, "value": "a" },
                    { "name": {|#0:"MODE"|}, "value": "b" }
                  ]
                }
              ]
            }
            """;
        return VerifyAsync([(File, json)], Diagnostic("ECS0081").WithLocation(0).WithLocation(1).WithArguments(RuntimeMessage(json, "ECS0081")));
    }

    [Fact]
    public Task A_Fargate_size_that_does_not_exist_is_reported_at_the_memory_with_the_cpu()
    {
        const string json = """
            {
              "family": "web",
              "requiresCompatibilities": ["FARGATE"],
              "networkMode": "awsvpc",
              "cpu": {|#1:"256"|},
              "memory": {|#0:"4096"|},
              "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
            }
            """;
        return VerifyAsync([(File, json)], Diagnostic("ECS0030").WithLocation(0).WithLocation(1).WithArguments(RuntimeMessage(json, "ECS0030")));
    }

    [Fact]
    public Task Describe_output_is_read_inside_its_taskDefinition_wrapper()
    {
        var json = "{\n  \"taskDefinition\": " + PortConflict.Replace("\n", "\n  ", StringComparison.Ordinal)
            + ",\n  \"tags\": [{ \"key\": \"team\", \"value\": \"shop\" }]\n}";
        return VerifyAsync([(File, json)], Diagnostic("ECS0004").WithLocation(0).WithLocation(1).WithArguments(RuntimeMessage(PortConflict, "ECS0004")));
    }

    [Fact]
    public async Task Paths_are_those_of_the_runtime_and_start_at_the_wrapper_in_describe_output()
    {
        var plain = await DiagnosticsAsync((File, PortConflict));
        var described = await DiagnosticsAsync((File, "{ \"taskDefinition\": " + PortConflict + " }"));

        Assert.Equal("$.containerDefinitions[1].portMappings[0].containerPort", Assert.Single(plain, d => d.Id == "ECS0004").Properties["path"]);
        Assert.Equal("$.taskDefinition.containerDefinitions[1].portMappings[0].containerPort", Assert.Single(described, d => d.Id == "ECS0004").Properties["path"]);
    }

    [Theory]
    [InlineData("/0/web.json")]
    [InlineData("/0/web.taskdef.json.bak")]
    [InlineData("/0/taskdef.json")]
    public async Task Files_with_other_names_are_not_analyzed(string path) =>
        Assert.Empty(await DiagnosticsAsync((path, PortConflict)));

    [Fact]
    public async Task The_suffix_is_matched_without_regard_to_case() =>
        Assert.Contains(await DiagnosticsAsync(("/0/Web.TaskDef.JSON", PortConflict)), d => d.Id == "ECS0004");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("\"web\"")]
    [InlineData("{ \"family\": \"web\", }")]
    [InlineData("{ \"family\": \"web\" } // comment")]
    [InlineData("{ 'family': 'web' }")]
    [InlineData("{ \"family\": \"web\", \"family\": \"api\" }")]
    [InlineData("{ \"family\": \"w\\qeb\" }")]
    [InlineData("{ \"family\": \"w\\u00Geb\" }")]
    [InlineData("{ \"cpu\": 01 }")]
    [InlineData("{ \"cpu\": 1. }")]
    [InlineData("{ \"cpu\": - }")]
    [InlineData("{ \"essential\": True }")]
    [InlineData("{ \"family\": \"web\" } {}")]
    [InlineData("{ \"containerDefinitions\": [ { \"name\": \"a\" ")]
    public async Task Malformed_json_gives_no_diagnostic(string json)
    {
        // A malformed file must not hide a well-formed one: the good file is still analyzed.
        var diagnostics = await DiagnosticsAsync((File, json), ("/0/api.taskdef.json", PortConflict));

        Assert.All(diagnostics, d => Assert.Equal("/0/api.taskdef.json", d.Location.GetLineSpan().Path));
        Assert.NotEmpty(diagnostics);
    }

    [Fact]
    public async Task Deeply_nested_json_gives_no_diagnostic_and_no_crash() =>
        Assert.Empty(await DiagnosticsAsync((File, new string('[', 100_000) + new string(']', 100_000))));

    [Fact]
    public async Task A_value_of_the_wrong_json_type_is_unknown_and_gives_no_false_positive()
    {
        const string json = """
            {
              "family": "web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": 256,
              "memory": "512",
              "containerDefinitions": [
                { "name": "a", "image": "nginx:1.27", "portMappings": [{ "containerPort": 80 }] },
                { "name": "b", "image": "httpd:2.4", "portMappings": [{ "containerPort": "80" }], "essential": "yes" }
              ]
            }
            """;

        var diagnostics = await DiagnosticsAsync((File, json));

        Assert.DoesNotContain(diagnostics, d => d.Id is "ECS0004" or "ECS0030" or "ECS0031");
    }

    [Fact]
    public async Task Findings_equal_the_runtime_validators_for_the_same_json()
    {
        const string json = """
            {
              "family": "shop-web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "256",
              "memory": "4096",
              "containerDefinitions": [
                {
                  "name": "web",
                  "image": "nginx:latest",
                  "essential": true,
                  "portMappings": [{ "containerPort": 80, "hostPort": 8080 }, { "containerPort": 22 }],
                  "environment": [{ "name": "DB_PASSWORD", "value": "hunter2" }, { "name": "MODE", "value": "a" }, { "name": "MODE", "value": "b" }],
                  "dependsOn": [{ "containerName": "missing", "condition": "HEALTHY" }],
                  "entryPoint": ["sh", "-c"],
                  "command": ["nginx & php-fpm & wait"]
                },
                {
                  "name": "web",
                  "image": "httpd:2.4",
                  "essential": false,
                  "portMappings": [{ "containerPort": 80 }],
                  "privileged": true,
                  "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], "interval": 5, "timeout": 10 }
                }
              ]
            }
            """;

        var analyzer = (await DiagnosticsAsync((File, json)))
            .Select(d => $"{d.Id} {d.Properties["path"]}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var runtime = EcsJson.ParseTaskDefinition(json).Validate().Diagnostics
            .Select(d => $"{d.Id} {d.Path}: {d.Message}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(runtime.Count >= 5, string.Join("\n", runtime));
        Assert.Equal(runtime, analyzer);
    }

    private static string RuntimeMessage(string json, string id) =>
        Assert.Single(EcsJson.ParseTaskDefinition(Plain(json)).Validate().Diagnostics, d => d.Id == id).Message;
}
