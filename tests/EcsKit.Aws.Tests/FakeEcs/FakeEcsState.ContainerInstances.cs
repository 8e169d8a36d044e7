using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.FakeEcs;

public sealed partial class FakeEcsState
{
    private JsonObject ListContainerInstances(JsonObject request)
    {
        var cluster = ActiveCluster(request);
        var status = (string?)request["status"];
        var arns = ContainerInstances
            .Where(i => i.ClusterName == cluster.Name && (status is null ? i.Status != "INACTIVE" : i.Status == status))
            .Select(i => i.Arn)
            .ToList();
        return Page(arns, request, "containerInstanceArns");
    }

    private JsonObject DescribeContainerInstances(JsonObject request)
    {
        var cluster = ActiveCluster(request);
        var instances = new JsonArray();
        var failures = new JsonArray();
        foreach (var id in Strings(request, "containerInstances"))
        {
            if (ContainerInstances.FirstOrDefault(i => i.ClusterName == cluster.Name && NameOf(i.Arn) == NameOf(id)) is { } instance)
            {
                instances.Add(ContainerInstanceJson(instance));
            }
            else
            {
                failures.Add(new JsonObject { ["arn"] = id, ["reason"] = "MISSING" });
            }
        }
        return new JsonObject { ["containerInstances"] = instances, ["failures"] = failures };
    }

    private JsonObject DeregisterContainerInstance(JsonObject request)
    {
        var cluster = ActiveCluster(request);
        var id = Required(request, "containerInstance");
        var instance = ContainerInstances.FirstOrDefault(i => i.ClusterName == cluster.Name && NameOf(i.Arn) == NameOf(id) && i.Status != "INACTIVE")
            ?? throw FakeEcsException.InvalidParameter("The referenced container instance was not found.");
        if (instance.RunningTasksCount > 0 && !((bool?)request["force"] ?? false))
        {
            throw FakeEcsException.InvalidParameter("Found running tasks on the instance.");
        }
        instance.Status = "INACTIVE";
        return new JsonObject { ["containerInstance"] = ContainerInstanceJson(instance) };
    }

    private static JsonObject ContainerInstanceJson(FakeContainerInstance instance) => new()
    {
        ["containerInstanceArn"] = instance.Arn,
        ["ec2InstanceId"] = instance.Ec2InstanceId,
        ["version"] = 1,
        ["versionInfo"] = new JsonObject { ["agentVersion"] = "1.89.0", ["dockerVersion"] = "DockerVersion: 25.0.8" },
        ["status"] = instance.Status,
        ["agentConnected"] = instance.AgentConnected,
        ["runningTasksCount"] = instance.RunningTasksCount,
        ["pendingTasksCount"] = 0,
        ["registeredResources"] = new JsonArray(),
        ["remainingResources"] = new JsonArray(),
        ["attributes"] = new JsonArray(),
    };
}
