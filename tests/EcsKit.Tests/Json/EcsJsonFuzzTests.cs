using System.Text.Json.Nodes;
using CsCheck;

namespace EcsKit.Tests.Json;

/// <summary>
/// Damaged versions of valid documents (cut short, characters changed, values swapped for values of another kind)
/// are either read or rejected with <see cref="EcsJsonException"/>; nothing else may escape.
/// </summary>
public sealed class EcsJsonFuzzTests
{
    private const string TaskDefinitionJson = """
        {
          "family": "shop",
          "taskRoleArn": "arn:aws:iam::111122223333:role/task",
          "networkMode": "awsvpc",
          "requiresCompatibilities": ["FARGATE"],
          "cpu": "512",
          "memory": "1024",
          "containerDefinitions": [
            {
              "name": "app",
              "image": "shop:1.4",
              "cpu": 256,
              "essential": true,
              "portMappings": [{ "containerPort": 8080, "protocol": "tcp", "name": "http", "appProtocol": "http" }],
              "environment": [{ "name": "MODE", "value": "prod" }],
              "secrets": [{ "name": "DB", "valueFrom": "arn:aws:ssm:eu-west-1:111122223333:parameter/db" }],
              "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"], "interval": 30, "retries": 3 },
              "dependsOn": [{ "containerName": "log", "condition": "START" }],
              "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/shop" } },
              "ulimits": [{ "name": "nofile", "softLimit": 1024, "hardLimit": 4096 }],
              "dockerLabels": { "team": "web" },
              "linuxParameters": { "initProcessEnabled": true, "capabilities": { "add": ["SYS_PTRACE"] } },
              "futureMember": { "x": [1, 2.5, null] }
            },
            { "name": "log", "image": "fluent-bit", "firelensConfiguration": { "type": "fluentbit" } }
          ],
          "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "transitEncryption": "ENABLED" } }],
          "runtimePlatform": { "cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX" },
          "tags": [{ "key": "env", "value": "prod" }]
        }
        """;

    private const string ServiceJson = """
        {
          "cluster": "prod",
          "serviceName": "shop",
          "taskDefinition": "shop:3",
          "desiredCount": 2,
          "launchType": "FARGATE",
          "loadBalancers": [{ "targetGroupArn": "arn:tg", "containerName": "app", "containerPort": 8080 }],
          "deploymentConfiguration": {
            "maximumPercent": 200,
            "minimumHealthyPercent": 100,
            "deploymentCircuitBreaker": { "enable": true, "rollback": true },
            "alarms": { "alarmNames": ["a"], "enable": false, "rollback": false }
          },
          "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-1"], "assignPublicIp": "DISABLED" } },
          "capacityProviderStrategy": [{ "capacityProvider": "FARGATE_SPOT", "weight": 1, "base": 0 }],
          "tags": [{ "key": "env", "value": "prod" }]
        }
        """;

    private const string DescribeServicesJson = """
        {"services":[{"serviceName":"shop","clusterArn":"arn:aws:ecs:eu-west-1:1:cluster/prod","status":"ACTIVE",
          "runningCount":2,"deployments":[{"id":"d-1"}],"desiredCount":2}],"failures":[]}
        """;

    private const string ClusterJson = """
        {"cluster":{"clusterName":"prod","clusterArn":"arn:c","status":"ACTIVE",
          "settings":[{"name":"containerInsights","value":"enabled"}],
          "defaultCapacityProviderStrategy":[{"capacityProvider":"FARGATE","weight":1}]}}
        """;

    public static TheoryData<string, string> Documents => new()
    {
        { EcsReaders.TaskDefinition, TaskDefinitionJson },
        { EcsReaders.TaskDefinition, $$"""{"taskDefinition":{{TaskDefinitionJson}},"tags":[{"key":"a","value":"b"}]}""" },
        { EcsReaders.Service, ServiceJson },
        { EcsReaders.Service, DescribeServicesJson },
        { EcsReaders.Cluster, ClusterJson },
    };

    private static readonly JsonNode?[] Replacements =
        [null, 0, -1, 1.5, 4294967296, "", "x", "80", true, false, new JsonArray(), new JsonObject(), new JsonArray((JsonNode?)null)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Valid_document_reads_and_writes_back_stably(string kind, string json)
    {
        var written = EcsReaders.ReadAndWrite(kind, json);

        Assert.Equal(written, EcsReaders.ReadAndWrite(kind, written));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Truncated_document_is_read_or_rejected(string kind, string json) =>
        Gen.Int[0, json.Length].Sample(cut => ReadOrReject(kind, json[..cut]), iter: 300, threads: 1);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_with_changed_characters_is_read_or_rejected(string kind, string json) =>
        Gen.Select(Gen.Int[0, json.Length - 1], Gen.Int[0, 2], Gen.Char["{}[]\",:0123456789.-+eE tfnul\\/\u00e9"])
            .Sample((position, operation, c) => ReadOrReject(kind, operation switch
            {
                0 => json.Remove(position, 1).Insert(position, c.ToString()),
                1 => json.Insert(position, c.ToString()),
                _ => json.Remove(position, 1),
            }), iter: 500, threads: 1);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_with_a_value_of_another_kind_is_read_or_rejected(string kind, string json)
    {
        var slots = Slots(JsonNode.Parse(json)!).Count;
        Gen.Select(Gen.Int[0, slots - 1], Gen.Int[0, Replacements.Length - 1])
            .Sample((slot, replacement) =>
            {
                var root = JsonNode.Parse(json)!;
                var (parent, member, index) = Slots(root)[slot];
                var value = Replacements[replacement]?.DeepClone();
                if (parent is JsonObject obj)
                {
                    obj[member!] = value;
                }
                else
                {
                    ((JsonArray)parent)[index] = value;
                }
                ReadOrReject(kind, root.ToJsonString());
            }, iter: 500, threads: 1);
    }

    private static void ReadOrReject(string kind, string json)
    {
        try
        {
            EcsReaders.ReadAndWrite(kind, json);
        }
        catch (EcsJsonException error)
        {
            Assert.NotEmpty(error.Problems);
            Assert.All(error.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
        }
        catch (Exception other)
        {
            throw new InvalidOperationException($"{other.GetType().Name} escaped for input: {json}", other);
        }
    }

    /// <summary>Every place in the tree that holds a value: (object, member name, -) or (array, -, index).</summary>
    private static List<(JsonNode Parent, string? Member, int Index)> Slots(JsonNode root)
    {
        var slots = new List<(JsonNode, string?, int)>();
        void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj.ToList())
                    {
                        slots.Add((obj, name, -1));
                        Visit(value);
                    }
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        slots.Add((array, null, i));
                        Visit(array[i]);
                    }
                    break;
            }
        }
        Visit(root);
        return slots;
    }
}
