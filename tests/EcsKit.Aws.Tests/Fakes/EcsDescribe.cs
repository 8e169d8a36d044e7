using System.Globalization;
using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.Fakes;

/// <summary>
/// Builds what the describe calls return for a declared resource: its ECS JSON, changed by <c>fill</c> (by default
/// everything <see cref="EcsFills"/> knows ECS adds), wrapped with the read-only members and read back the way the
/// real client reads describe output (<see cref="EcsJson"/>).
/// </summary>
public static class EcsDescribe
{
    public const string Account = "123456789012";
    public const string Region = "eu-west-1";

    public static string TaskDefinitionArn(string family, int revision) => $"arn:aws:ecs:{Region}:{Account}:task-definition/{family}:{revision}";

    public static string ClusterArn(string cluster) => $"arn:aws:ecs:{Region}:{Account}:cluster/{cluster}";

    public static string ServiceArn(string cluster, string service) => $"arn:aws:ecs:{Region}:{Account}:service/{cluster}/{service}";

    public static EcsTaskDefinitionInfo TaskDefinition(TaskDefinition declared, int revision = 1, Action<JsonObject>? fill = null, string status = "ACTIVE")
    {
        var json = JsonNode.Parse(EcsJson.Serialize(declared))!.AsObject();
        (fill ?? EcsFills.TaskDefinition)(json);
        return TaskDefinition(json, revision, status);
    }

    /// <summary>describe-task-definition output around <paramref name="json"/>: read-only members added, tags next to the definition.</summary>
    public static EcsTaskDefinitionInfo TaskDefinition(JsonObject json, int revision, string status = "ACTIVE")
    {
        var family = json["family"]!.GetValue<string>();
        var arn = TaskDefinitionArn(family, revision);
        json["taskDefinitionArn"] = arn;
        json["revision"] = revision;
        json["status"] = status;
        json["compatibilities"] = new JsonArray("EC2", "FARGATE");
        json["requiresAttributes"] = new JsonArray(new JsonObject { ["name"] = "com.amazonaws.ecs.capability.docker-remote-api.1.18" });
        json["registeredAt"] = 1764061200.123;
        json["registeredBy"] = $"arn:aws:iam::{Account}:user/deployer";
        var tags = json["tags"]?.DeepClone() ?? new JsonArray();
        json.Remove("tags");
        var output = new JsonObject { ["taskDefinition"] = json, ["tags"] = tags };
        var read = EcsJson.ReadTaskDefinition(output.ToJsonString());
        return new EcsTaskDefinitionInfo(arn, revision, status, read.Value);
    }

    public static EcsServiceInfo Service(Service declared, string taskDefinitionArn, Action<JsonObject>? fill = null, string status = "ACTIVE")
    {
        var json = JsonNode.Parse(EcsJson.Serialize(declared))!.AsObject();
        (fill ?? EcsFills.Service)(json);
        var cluster = json["cluster"]?.GetValue<string>() ?? "default";
        json.Remove("cluster");
        var name = json["serviceName"]!.GetValue<string>();
        var desired = json["desiredCount"]?.GetValue<int>() ?? 0;
        var serviceArn = ServiceArn(cluster, name);
        json["serviceArn"] = serviceArn;
        json["clusterArn"] = ClusterArn(cluster);
        json["status"] = status;
        json["taskDefinition"] = taskDefinitionArn;
        json["runningCount"] = desired;
        json["pendingCount"] = 0;
        json["deployments"] = new JsonArray(new JsonObject
        {
            ["id"] = "ecs-svc/1234567890123456789",
            ["status"] = "PRIMARY",
            ["taskDefinition"] = taskDefinitionArn,
            ["desiredCount"] = desired,
            ["runningCount"] = desired,
            ["pendingCount"] = 0,
            ["failedTasks"] = 0,
            ["rolloutState"] = "COMPLETED",
        });
        json["events"] = new JsonArray();
        json["createdAt"] = 1764061200.5;
        json["createdBy"] = $"arn:aws:iam::{Account}:role/deployer";
        json["platformFamily"] = "Linux";
        var read = EcsJson.ReadService(new JsonObject { ["services"] = new JsonArray(json), ["failures"] = new JsonArray() }.ToJsonString());
        var deployment = new EcsDeploymentInfo("ecs-svc/1234567890123456789", "PRIMARY", taskDefinitionArn, desired, desired, 0, 0, "COMPLETED", null, null);
        return new EcsServiceInfo(serviceArn, name, ClusterArn(cluster), status, taskDefinitionArn, desired, desired, 0, [deployment], [], read.Value);
    }

    public static EcsClusterInfo Cluster(Cluster declared, Action<JsonObject>? fill = null, string status = "ACTIVE")
    {
        var json = JsonNode.Parse(EcsJson.Serialize(declared))!.AsObject();
        (fill ?? EcsFills.Cluster)(json);
        var name = json["clusterName"]!.GetValue<string>();
        json["clusterArn"] = ClusterArn(name);
        json["status"] = status;
        json["registeredContainerInstancesCount"] = 0;
        json["runningTasksCount"] = 2;
        json["pendingTasksCount"] = 0;
        json["activeServicesCount"] = 1;
        json["statistics"] = new JsonArray();
        var read = EcsJson.ReadCluster(new JsonObject { ["clusters"] = new JsonArray(json), ["failures"] = new JsonArray() }.ToJsonString());
        return new EcsClusterInfo(ClusterArn(name), name, status, 1, 2, 0, read.Value);
    }

    internal static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
