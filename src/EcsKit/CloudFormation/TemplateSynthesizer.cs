using System.Text.Json.Nodes;

namespace EcsKit.CloudFormation;

/// <summary>Builds one template: resources first, then the supporting log groups, role and parameters they asked for.</summary>
internal sealed class TemplateSynthesizer(EcsApp app, CloudFormationOptions options)
{
    private const string ExecutionPolicyArn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";

    private readonly LogicalIds _ids = new(app.Name);
    private readonly List<string> _warnings = [];
    private readonly JsonObject _parameters = [];
    private readonly JsonObject _resources = [];
    private readonly JsonObject _outputs = [];
    private readonly Dictionary<string, string> _logGroups = new(StringComparer.Ordinal);
    private readonly List<string> _secrets = [];
    private string? _executionRole;

    public CloudFormationTemplate Build()
    {
        var clusterIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cluster in app.Clusters)
        {
            var id = _ids.For(cluster.ClusterName ?? app.Name, "Cluster");
            clusterIds[cluster.ClusterName ?? ""] = id;
            var properties = CloudFormationMapping.ToCloudFormation(
                JsonNode.Parse(EcsJson.Serialize(cluster))!.AsObject(), "Cluster", $"cluster '{cluster.ClusterName}'", _warnings);
            _resources[id] = Resource("AWS::ECS::Cluster", properties);
            _outputs[id + "Arn"] = Output(new JsonObject { ["Fn::GetAtt"] = new JsonArray(id, "Arn") }, $"ARN of cluster {cluster.ClusterName}");
        }

        var taskDefinitionIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var taskDefinition in app.TaskDefinitions)
        {
            var id = _ids.For(taskDefinition.Family, "TaskDefinition");
            taskDefinitionIds[taskDefinition.Family] = id;
            var properties = EcsCloudFormation.TaskDefinitionProperties(taskDefinition, _warnings);
            Support(id, properties);
            _resources[id] = Resource("AWS::ECS::TaskDefinition", properties);
            _outputs[id + "Arn"] = Output(Ref(id), $"ARN of task definition {taskDefinition.Family}");
        }

        foreach (var service in app.Services)
        {
            var id = _ids.For(service.Cluster is { } c && c != app.Name ? $"{c}-{service.ServiceName}" : service.ServiceName, "Service");
            var properties = CloudFormationMapping.ToCloudFormation(
                JsonNode.Parse(EcsJson.Serialize(service))!.AsObject(), "Service", $"service '{service.ServiceName}'", _warnings);
            if (service.Cluster is { } clusterName && clusterIds.TryGetValue(clusterName, out var clusterId))
            {
                properties["Cluster"] = Ref(clusterId);
            }
            // A family (or family:revision) declared in this app becomes a Ref, which returns the new revision's ARN.
            if (service.TaskDefinition is { } family && taskDefinitionIds.TryGetValue(family.Split(':')[0], out var taskDefinitionId))
            {
                properties["TaskDefinition"] = Ref(taskDefinitionId);
            }
            if (options.NetworkParameters)
            {
                NetworkParameters(id, properties);
            }
            _resources[id] = Resource("AWS::ECS::Service", properties);
            _outputs[id + "Arn"] = Output(Ref(id), $"ARN of service {service.ServiceName}");
        }

        var template = new JsonObject
        {
            ["AWSTemplateFormatVersion"] = "2010-09-09",
            ["Description"] = options.Description ?? $"ECS resources of {app.Name}, synthesized by EcsKit.",
        };
        if (_parameters.Count > 0)
        {
            template["Parameters"] = _parameters;
        }
        template["Resources"] = _resources;
        if (_outputs.Count > 0)
        {
            template["Outputs"] = _outputs;
        }
        return new CloudFormationTemplate(template, _warnings);
    }

    /// <summary>Log groups, execution role and image parameters of one task definition.</summary>
    private void Support(string id, JsonObject properties)
    {
        var needsRole = false;
        if (properties["ContainerDefinitions"] is not JsonArray containers)
        {
            return;
        }
        foreach (var container in containers.OfType<JsonObject>())
        {
            needsRole |= container["Secrets"] is JsonArray { Count: > 0 } || container["RepositoryCredentials"] is not null;
            var secretSources = (container["Secrets"] as JsonArray ?? [])
                .Concat(container["LogConfiguration"]?["SecretOptions"] as JsonArray ?? [])
                .Select(secret => (string?)secret?["ValueFrom"])
                .Append((string?)container["RepositoryCredentials"]?["CredentialsParameter"]);
            secretSources.OfType<string>().Where(s => !_secrets.Contains(s)).ToList().ForEach(_secrets.Add);
            if (container["LogConfiguration"] is JsonObject log && (string?)log["LogDriver"] == "awslogs")
            {
                needsRole = true;
                if (options.CreateLogGroups && log["Options"] is JsonObject logOptions
                    && logOptions["awslogs-group"] is JsonValue group && group.TryGetValue<string>(out var groupName))
                {
                    logOptions["awslogs-group"] = Ref(LogGroup(groupName));
                }
            }
            if (options.ImageTagParameters && container["Image"] is JsonValue image && image.TryGetValue<string>(out var imageText))
            {
                ImageParameter(id, container, imageText);
            }
        }
        if (needsRole && options.CreateExecutionRole && properties["ExecutionRoleArn"] is null)
        {
            properties["ExecutionRoleArn"] = new JsonObject { ["Fn::GetAtt"] = new JsonArray(ExecutionRole(), "Arn") };
            SecretsPolicy();
        }
    }

    private string LogGroup(string name)
    {
        if (_logGroups.TryGetValue(name, out var existing))
        {
            return existing;
        }
        var id = _ids.For(name, "LogGroup", prefixed: false);
        _logGroups[name] = id;
        var properties = new JsonObject { ["LogGroupName"] = name };
        if (options.LogRetentionInDays is { } days)
        {
            properties["RetentionInDays"] = days;
        }
        _resources[id] = Resource("AWS::Logs::LogGroup", properties);
        return id;
    }

    private string ExecutionRole()
    {
        if (_executionRole is not null)
        {
            return _executionRole;
        }
        _executionRole = _ids.For(app.Name, "TaskExecutionRole");
        _resources[_executionRole] = Resource("AWS::IAM::Role", new JsonObject
        {
            ["AssumeRolePolicyDocument"] = new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(new JsonObject
                {
                    ["Effect"] = "Allow",
                    ["Principal"] = new JsonObject { ["Service"] = "ecs-tasks.amazonaws.com" },
                    ["Action"] = "sts:AssumeRole",
                }),
            },
            ["ManagedPolicyArns"] = new JsonArray(ExecutionPolicyArn),
        });
        return _executionRole;
    }

    /// <summary>
    /// The managed policy does not let the agent read secrets: grant exactly the parameters and secrets the
    /// containers name. Rewritten after every task definition, so it covers all of them.
    /// </summary>
    private void SecretsPolicy()
    {
        if (_secrets.Count == 0 || _executionRole is null)
        {
            return;
        }
        var resources = new JsonArray([.. _secrets.Select(SecretArn)]);
        _resources[_executionRole]!["Properties"]!["Policies"] = new JsonArray(new JsonObject
        {
            ["PolicyName"] = "ReadTaskSecrets",
            ["PolicyDocument"] = new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(new JsonObject
                {
                    ["Effect"] = "Allow",
                    ["Action"] = new JsonArray("ssm:GetParameters", "secretsmanager:GetSecretValue"),
                    ["Resource"] = resources,
                }),
            },
        });
    }

    // A bare name is an SSM parameter of the stack's own account and region.
    private static JsonNode SecretArn(string valueFrom) => valueFrom.StartsWith("arn:", StringComparison.Ordinal)
        ? JsonValue.Create(valueFrom)
        : new JsonObject { ["Fn::Sub"] = $"arn:${{AWS::Partition}}:ssm:${{AWS::Region}}:${{AWS::AccountId}}:parameter/{valueFrom.TrimStart('/')}" };

    private void ImageParameter(string taskDefinitionId, JsonObject container, string image)
    {
        // Only repository:tag images take a tag; a digest already pins the image.
        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        if (image.Contains('@', StringComparison.Ordinal) || colon <= slash || image.Contains("${", StringComparison.Ordinal))
        {
            return;
        }
        var name = $"{taskDefinitionId}{LogicalIds.Pascal((string?)container["Name"] ?? "")}ImageTag";
        _parameters[name] = new JsonObject
        {
            ["Type"] = "String",
            ["Default"] = image[(colon + 1)..],
            ["Description"] = $"Image tag of container {(string?)container["Name"]} ({image[..colon]}).",
        };
        container["Image"] = new JsonObject { ["Fn::Sub"] = $"{image[..colon]}:${{{name}}}" };
    }

    private void NetworkParameters(string serviceId, JsonObject properties)
    {
        if (properties["NetworkConfiguration"]?["AwsvpcConfiguration"] is not JsonObject vpc)
        {
            return;
        }
        Parameterize(vpc, "Subnets", $"{serviceId}Subnets", "List<AWS::EC2::Subnet::Id>");
        Parameterize(vpc, "SecurityGroups", $"{serviceId}SecurityGroups", "List<AWS::EC2::SecurityGroup::Id>");
    }

    private void Parameterize(JsonObject owner, string property, string name, string type)
    {
        if (owner[property] is not JsonArray values)
        {
            return;
        }
        _parameters[name] = new JsonObject
        {
            ["Type"] = type,
            ["Default"] = string.Join(",", values.Select(v => (string?)v)),
        };
        owner[property] = Ref(name);
    }

    private static JsonObject Resource(string type, JsonObject properties) => new() { ["Type"] = type, ["Properties"] = properties };

    private static JsonObject Ref(string id) => new() { ["Ref"] = id };

    private static JsonObject Output(JsonNode value, string description) => new() { ["Description"] = description, ["Value"] = value };
}
