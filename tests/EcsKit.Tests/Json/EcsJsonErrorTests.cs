namespace EcsKit.Tests.Json;

/// <summary>Input ECS would reject is reported as <see cref="EcsJsonException"/> with the path and position of each problem.</summary>
public sealed class EcsJsonErrorTests
{
    private const string TwoContainers = """
        {
            "family": "web",
            "containerDefinitions": [
                {
                    "name": "proxy",
                    "image": "nginx"
                },
                {
                    "name": "app",
                    "image": "app:1",
                    "portMappings": [
                        {
                            "containerPort": "80",
                            "protocol": "tcp"
                        }
                    ]
                }
            ]
        }
        """;

    [Fact]
    public void String_where_a_number_is_expected_names_path_line_and_column()
    {
        var error = Assert.Throws<EcsJsonException>(() => EcsJson.ParseTaskDefinition(TwoContainers));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.containerDefinitions[1].portMappings[0].containerPort", problem.Path);
        Assert.Equal((13, 38), (problem.Line, problem.Column));
        Assert.Equal(problem.Path, error.Path);
        Assert.Equal(13, error.Line);
        Assert.Contains("integer", problem.Message, StringComparison.Ordinal);
        Assert.Contains("without quotes", problem.Message, StringComparison.Ordinal);
        Assert.Contains("$.containerDefinitions[1].portMappings[0].containerPort (line 13, column 38)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_where_a_string_is_expected_is_rejected()
    {
        const string json = """
            {
              "family": "web",
              "cpu": 256,
              "memory": "512",
              "containerDefinitions": [{ "name": "app", "image": "app:1" }]
            }
            """;

        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.cpu", problem.Path);
        Assert.Equal((3, 10), (problem.Line, problem.Column));
        Assert.Contains("string", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"family":"f","networkMode":"default","containerDefinitions":[]}""", "$.networkMode", "\"default\"", "bridge, host, awsvpc, none")]
    [InlineData("""{"family":"f","networkMode":"AWSVPC","containerDefinitions":[]}""", "$.networkMode", "\"AWSVPC\"", "awsvpc")]
    [InlineData("""{"family":"f","requiresCompatibilities":["FARGATE","fargate"],"containerDefinitions":[]}""", "$.requiresCompatibilities[1]", "\"fargate\"", "FARGATE")]
    [InlineData("""{"family":"f","containerDefinitions":[{"logConfiguration":{"logDriver":"cloudwatch"}}]}""", "$.containerDefinitions[0].logConfiguration.logDriver", "\"cloudwatch\"", "awslogs")]
    [InlineData("""{"family":"f","containerDefinitions":[{"portMappings":[{"containerPort":80,"protocol":"TCP"}]}]}""", "$.containerDefinitions[0].portMappings[0].protocol", "\"TCP\"", "tcp, udp")]
    public void Unknown_enumeration_value_is_rejected_with_the_values_ECS_knows(string json, string path, string value, string listed)
    {
        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Equal(EcsReaders.PositionOf(json, value), (problem.Line, problem.Column));
        Assert.Contains(listed, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"serviceName":"s","launchType":"fargate"}""", "$.launchType")]
    [InlineData("""{"serviceName":"s","deploymentController":{"type":"BLUE_GREEN"}}""", "$.deploymentController.type")]
    [InlineData("""{"serviceName":"s","networkConfiguration":{"awsvpcConfiguration":{"subnets":["a"],"assignPublicIp":"true"}}}""", "$.networkConfiguration.awsvpcConfiguration.assignPublicIp")]
    public void Unknown_enumeration_value_in_a_service_is_rejected(string json, string path)
    {
        var error = EcsReaders.Rejects(EcsReaders.Service, json);

        Assert.Equal(path, Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Missing_family_is_reported_on_the_definition()
    {
        const string json = """
            {
              "containerDefinitions": [{ "name": "app", "image": "app:1" }]
            }
            """;

        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$", problem.Path);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.Contains("\"family\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_without_valueFrom_is_reported_on_the_secret()
    {
        const string json = """
            {
              "family": "web",
              "containerDefinitions": [
                {
                  "name": "app",
                  "secrets": [
                    { "name": "TOKEN", "valueFrom": "arn:aws:ssm:eu-west-1:111122223333:parameter/token" },
                    { "name": "DB_PASSWORD" }
                  ]
                }
              ]
            }
            """;

        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.containerDefinitions[0].secrets[1]", problem.Path);
        Assert.Equal((8, 9), (problem.Line, problem.Column));
        Assert.Contains("\"valueFrom\"", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"family":null,"containerDefinitions":[]}""", "$.family")]
    [InlineData("""{"family":"f","containerDefinitions":null}""", "$.containerDefinitions")]
    [InlineData("""{"family":"f","containerDefinitions":[{"healthCheck":{"command":null}}]}""", "$.containerDefinitions[0].healthCheck.command")]
    [InlineData("""{"family":"f","containerDefinitions":[{"ulimits":[{"name":"nofile","softLimit":1024}]}]}""", "$.containerDefinitions[0].ulimits[0]")]
    [InlineData("""{"family":"f","containerDefinitions":[{"dependsOn":[{"containerName":"db"}]}]}""", "$.containerDefinitions[0].dependsOn[0]")]
    [InlineData("""{"family":"f","containerDefinitions":[],"volumes":[{"name":"v","efsVolumeConfiguration":{}}]}""", "$.volumes[0].efsVolumeConfiguration")]
    public void Required_member_missing_or_null_is_rejected(string json, string path)
    {
        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        Assert.Equal(path, Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Service_without_serviceName_is_rejected()
    {
        var error = EcsReaders.Rejects(EcsReaders.Service, """{"cluster":"c","desiredCount":1}""");

        Assert.Equal("$", Assert.Single(error.Problems).Path);
        Assert.Contains("\"serviceName\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_JSON_syntax_reports_line_and_column()
    {
        const string json = """
            {
              "family": "web"
              "containerDefinitions": []
            }
            """;

        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        var problem = Assert.Single(error.Problems);
        Assert.Equal((3, 3), (problem.Line, problem.Column));
        Assert.StartsWith("not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("{\n  \"family\": \"web\",\n  \"containerDefinitions\": [\n", 4, 1)]
    [InlineData("{\"family\": \"web\", \"cpu\": \"256}", 1, 31)]
    [InlineData("{\"family\": \"web\",}", 1, 18)]
    [InlineData("{\"family\": 'web'}", 1, 12)]
    [InlineData("", 1, 1)]
    public void Broken_text_is_reported_where_it_breaks(string json, int line, int column)
    {
        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        var problem = Assert.Single(error.Problems);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.StartsWith("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EcsReaders.All), MemberType = typeof(EcsReaders))]
    public void Root_that_is_not_an_object_is_rejected(string kind)
    {
        foreach (var json in new[] { "[]", """[{"family":"f","serviceName":"s"}]""", "null", "42", "\"text\"", "true" })
        {
            var error = EcsReaders.Rejects(kind, json);

            var problem = Assert.Single(error.Problems);
            Assert.Equal("$", problem.Path);
            Assert.Equal((1, 1), (problem.Line, problem.Column));
            Assert.Contains("expected a JSON object", problem.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{"family":"f","containerDefinitions":[{"name":"a"},null]}""", "$.containerDefinitions[1]")]
    [InlineData("""{"family":"f","containerDefinitions":[{"links":["db",null]}]}""", "$.containerDefinitions[0].links[1]")]
    [InlineData("""{"family":"f","containerDefinitions":[{"environment":[null]}]}""", "$.containerDefinitions[0].environment[0]")]
    [InlineData("""{"family":"f","containerDefinitions":[{"dockerLabels":{"team":null}}]}""", "$.containerDefinitions[0].dockerLabels.team")]
    [InlineData("""{"family":"f","containerDefinitions":[{"logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":null}}}]}""", "$.containerDefinitions[0].logConfiguration.options['awslogs-group']")]
    [InlineData("""{"family":"f","requiresCompatibilities":[null],"containerDefinitions":[]}""", "$.requiresCompatibilities[0]")]
    public void Null_inside_a_list_or_map_is_rejected(string json, string path)
    {
        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Equal(1, problem.Line);
        Assert.Contains("null", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_problems_are_reported_at_once()
    {
        const string json = """
            {
              "family": "web",
              "networkMode": "default",
              "containerDefinitions": [
                {
                  "name": "app",
                  "memory": "512",
                  "portMappings": [{ "containerPort": "80" }],
                  "secrets": [{ "name": "TOKEN" }]
                }
              ],
              "cpu": 256
            }
            """;

        string[] expected =
        [
            "$.containerDefinitions[0].memory",
            "$.containerDefinitions[0].portMappings[0].containerPort",
            "$.containerDefinitions[0].secrets[0]",
            "$.cpu",
            "$.networkMode",
        ];

        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        Assert.Equal(expected, error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(error.Problems, p => Assert.True(p.Line > 0 && p.Column > 0, $"no position for {p}"));
        Assert.StartsWith("Invalid task definition JSON, 5 problems:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_problems_are_listed_in_document_order()
    {
        // EcsJsonException.Problems promises document order; memory stands before cpu in the text.
        const string json = """
            {
              "family": "web",
              "containerDefinitions": [
                {
                  "memory": "512",
                  "cpu": "256",
                  "name": "app"
                }
              ]
            }
            """;

        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        Assert.Equal(["$.containerDefinitions[0].memory", "$.containerDefinitions[0].cpu"], error.Problems.Select(p => p.Path));
        Assert.Equal(error.Problems.OrderBy(p => p.Line).ThenBy(p => p.Column), error.Problems);
    }

    [Fact]
    public void Explicit_null_on_optional_members_means_absent()
    {
        const string withNulls = """
            {
              "family": "web",
              "taskRoleArn": null,
              "networkMode": null,
              "volumes": null,
              "cpu": null,
              "containerDefinitions": [
                {
                  "name": "app",
                  "cpu": null,
                  "essential": null,
                  "portMappings": [{ "containerPort": 80, "hostPort": null, "protocol": null }],
                  "environment": null,
                  "healthCheck": null,
                  "logConfiguration": { "logDriver": "awslogs", "options": null }
                }
              ]
            }
            """;
        const string withoutNulls = """
            {
              "family": "web",
              "containerDefinitions": [
                {
                  "name": "app",
                  "portMappings": [{ "containerPort": 80 }],
                  "logConfiguration": { "logDriver": "awslogs" }
                }
              ]
            }
            """;

        var read = EcsJson.ParseTaskDefinition(withNulls);

        Assert.Null(read.TaskRoleArn);
        Assert.Null(read.NetworkMode);
        Assert.Null(read.ContainerDefinitions[0].Cpu);
        Assert.Null(read.ContainerDefinitions[0].PortMappings![0].HostPort);
        Assert.Null(read.ContainerDefinitions[0].HealthCheck);
        Assert.Null(read.AdditionalMembers);
        Assert.Equal(EcsJson.Serialize(EcsJson.ParseTaskDefinition(withoutNulls)), EcsJson.Serialize(read));
    }

    [Fact]
    public void Explicit_null_on_optional_service_members_means_absent()
    {
        var read = EcsJson.ParseService("""{"serviceName":"s","cluster":null,"desiredCount":null,"loadBalancers":null,"deploymentConfiguration":null}""");

        Assert.Equal("""{"serviceName":"s"}""", EcsJson.Serialize(read).Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"family":"f","containerDefinitions":[{"portMappings":[{"containerPort":80.5}]}]}""")]
    [InlineData("""{"family":"f","containerDefinitions":[{"portMappings":[{"containerPort":99999999999}]}]}""")]
    [InlineData("""{"family":"f","containerDefinitions":[{"essential":"true"}]}""")]
    [InlineData("""{"family":"f","containerDefinitions":[{"command":"npm start"}]}""")]
    [InlineData("""{"family":"f","containerDefinitions":{"name":"app"}}""")]
    [InlineData("""{"family":"f","containerDefinitions":["app"]}""")]
    [InlineData("""{"family":"f","containerDefinitions":[{"dockerLabels":["a=b"]}]}""")]
    [InlineData("""{"family":"f","containerDefinitions":[{"linuxParameters":{"capabilities":{"add":"SYS_PTRACE"}}}]}""")]
    [InlineData("""{"family":["f"],"containerDefinitions":[]}""")]
    public void Wrong_kind_of_value_is_rejected_at_its_path(string json)
    {
        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("$.", problem.Path, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith("expected", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_counts_characters_not_bytes()
    {
        const string json = """{"family":"café-日本","cpu":256,"containerDefinitions":[]}""";

        var problem = Assert.Single(EcsReaders.Rejects(EcsReaders.TaskDefinition, json).Problems);

        Assert.Equal((1, json.IndexOf("256", StringComparison.Ordinal) + 1), (problem.Line, problem.Column));
    }

    [Fact]
    public void Byte_order_mark_does_not_shift_positions()
    {
        const string json = "\uFEFF{\n  \"family\": \"f\",\n  \"cpu\": 256,\n  \"containerDefinitions\": []\n}";

        var problem = Assert.Single(EcsReaders.Rejects(EcsReaders.TaskDefinition, json).Problems);

        Assert.Equal(("$.cpu", 3, 10), (problem.Path, problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("""{"family": "web", "cpu": 256, "cpu": "256", "containerDefinitions": []}""")]
    [InlineData("""{"family": "web", "cpu": "256", "cpu": 256, "containerDefinitions": []}""")]
    public void A_member_given_twice_is_an_error_whichever_copy_is_valid(string json)
    {
        var error = Assert.Throws<EcsJsonException>(() => EcsJson.ParseTaskDefinition(json));

        Assert.Contains(error.Problems, p => p.Path == "$.cpu" && p.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fraction_for_an_integer_member_says_a_whole_number_is_needed()
    {
        var error = Assert.Throws<EcsJsonException>(() => EcsJson.ParseTaskDefinition(
            """{"family": "web", "containerDefinitions": [{"name": "a", "portMappings": [{"containerPort": 80.0}]}]}"""));

        Assert.Contains("whole number", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }
}
