using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.Wire;

/// <summary>
/// Response bodies shaped like ECS's (the model's output shapes): describe objects are the request echoed with the
/// members only ECS reports, timestamps as epoch seconds.
/// </summary>
internal static class EcsResponses
{
    public const string Account = "123456789012";
    public const string ClusterArn = $"arn:aws:ecs:us-east-1:{Account}:cluster/shop";

    public static JsonObject Cluster(string name = "shop", JsonObject? request = null)
    {
        var cluster = (JsonObject?)request?.DeepClone() ?? new JsonObject { ["clusterName"] = name };
        cluster["clusterArn"] = $"arn:aws:ecs:us-east-1:{Account}:cluster/{name}";
        cluster["status"] = "ACTIVE";
        cluster["registeredContainerInstancesCount"] = 3;
        cluster["runningTasksCount"] = 7;
        cluster["pendingTasksCount"] = 1;
        cluster["activeServicesCount"] = 2;
        cluster["statistics"] = new JsonArray();
        cluster["attachments"] = new JsonArray();
        return cluster;
    }

    /// <summary>A RegisterTaskDefinition/DescribeTaskDefinition response: the definition with its read-only members, its tags beside it.</summary>
    public static JsonObject TaskDefinition(JsonObject request, int revision, string status = "ACTIVE")
    {
        var definition = (JsonObject)request.DeepClone();
        var tags = definition["tags"]?.DeepClone();
        definition.Remove("tags");
        var family = (string)definition["family"]!;
        definition["taskDefinitionArn"] = $"arn:aws:ecs:us-east-1:{Account}:task-definition/{family}:{revision}";
        definition["revision"] = revision;
        definition["status"] = status;
        definition["requiresAttributes"] = new JsonArray(new JsonObject { ["name"] = "com.amazonaws.ecs.capability.docker-remote-api.1.18" });
        definition["compatibilities"] = new JsonArray("EC2", "FARGATE");
        definition["registeredAt"] = 1764061200.123;
        definition["registeredBy"] = $"arn:aws:iam::{Account}:user/deployer";
        var response = new JsonObject { ["taskDefinition"] = definition };
        if (tags is not null)
        {
            response["tags"] = tags;
        }
        return response;
    }

    /// <summary>A service as CreateService/UpdateService/DescribeServices report it.</summary>
    public static JsonObject Service(JsonObject request, JsonArray? deployments = null, JsonArray? events = null)
    {
        var service = (JsonObject)request.DeepClone();
        var name = (string)service["serviceName"]!;
        service.Remove("cluster");
        service.Remove("clientToken");
        service["serviceArn"] = $"arn:aws:ecs:us-east-1:{Account}:service/shop/{name}";
        service["clusterArn"] = ClusterArn;
        service["status"] = "ACTIVE";
        service["runningCount"] = 1;
        service["pendingCount"] = 1;
        service["createdAt"] = 1764061100.5;
        service["platformFamily"] = "Linux";
        service["deployments"] = deployments ?? new JsonArray(Deployment("ecs-svc/1111", "PRIMARY", (string?)service["taskDefinition"] ?? "", 1764061200.25));
        service["events"] = events ?? new JsonArray();
        return service;
    }

    public static JsonObject Deployment(string id, string status, string taskDefinition, double createdAt, string rolloutState = "IN_PROGRESS") => new()
    {
        ["id"] = id,
        ["status"] = status,
        ["taskDefinition"] = taskDefinition,
        ["desiredCount"] = 2,
        ["pendingCount"] = 1,
        ["runningCount"] = 1,
        ["failedTasks"] = status == "PRIMARY" ? 1 : 0,
        ["createdAt"] = createdAt,
        ["updatedAt"] = createdAt + 60,
        ["launchType"] = "FARGATE",
        ["rolloutState"] = rolloutState,
        ["rolloutStateReason"] = "ECS deployment ecs-svc/1111 in progress.",
    };

    public static JsonObject Event(string id, double createdAt, string message) => new()
    {
        ["id"] = id,
        ["createdAt"] = createdAt,
        ["message"] = message,
    };

    public static JsonObject Task(string id, string lastStatus = "RUNNING") => new()
    {
        ["taskArn"] = $"arn:aws:ecs:us-east-1:{Account}:task/shop/{id}",
        ["clusterArn"] = ClusterArn,
        ["taskDefinitionArn"] = $"arn:aws:ecs:us-east-1:{Account}:task-definition/shop-web:3",
        ["group"] = "service:shop-web",
        ["lastStatus"] = lastStatus,
        ["desiredStatus"] = lastStatus == "STOPPED" ? "STOPPED" : "RUNNING",
        ["launchType"] = "FARGATE",
        ["cpu"] = "512",
        ["memory"] = "1024",
        ["createdAt"] = 1764061300.0,
        ["containers"] = new JsonArray(new JsonObject
        {
            ["containerArn"] = $"arn:aws:ecs:us-east-1:{Account}:container/shop/{id}/web",
            ["taskArn"] = $"arn:aws:ecs:us-east-1:{Account}:task/shop/{id}",
            ["name"] = "web",
            ["lastStatus"] = lastStatus,
            ["healthStatus"] = "HEALTHY",
        }),
    };

    public static JsonObject ContainerInstance(string id) => new()
    {
        ["containerInstanceArn"] = $"arn:aws:ecs:us-east-1:{Account}:container-instance/shop/{id}",
        ["ec2InstanceId"] = "i-0123456789abcdef0",
        ["version"] = 12,
        ["status"] = "ACTIVE",
        ["agentConnected"] = false,
        ["runningTasksCount"] = 2,
        ["pendingTasksCount"] = 0,
        ["registeredAt"] = 1764000000.0,
    };

    public static JsonObject Failure(string arn, string reason = "MISSING") => new() { ["arn"] = arn, ["reason"] = reason };
}
