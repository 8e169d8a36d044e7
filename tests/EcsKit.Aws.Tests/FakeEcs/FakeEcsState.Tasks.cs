using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.FakeEcs;

public sealed partial class FakeEcsState
{
    private FakeTask NewTask(FakeCluster cluster, FakeTaskDefinition taskDefinition, string group, string? startedBy, string lastStatus)
    {
        var task = new FakeTask($"{ArnPrefix}task/{cluster.Name}/{NewId()}", cluster.Arn, taskDefinition, group, startedBy, Now) { LastStatus = lastStatus };
        if (lastStatus == "RUNNING")
        {
            task.StartedAt = Now;
        }
        Tasks.Add(task);
        return task;
    }

    private void StopFakeTask(FakeTask task, string stopCode, string reason)
    {
        if (!task.IsLive || task.DesiredStatus == "STOPPED")
        {
            return;
        }
        task.DesiredStatus = "STOPPED";
        task.StopCode = stopCode;
        task.StoppedReason = reason;
        if (task.LastStatus == "RUNNING" && StopDescribes > 0 && task.Group.StartsWith("service:", StringComparison.Ordinal))
        {
            task.LastStatus = "STOPPING";
            task.StopCountdown = StopDescribes;
            return;
        }
        Stopped(task);
    }

    private void Stopped(FakeTask task)
    {
        task.LastStatus = "STOPPED";
        task.StoppedAt = Now;
        foreach (var container in task.TaskDefinition.ContainerNames)
        {
            // SIGTERM, then SIGKILL after the stop timeout: what a stopped container usually reports.
            task.Exits.TryAdd(container, (task.StartedAt is null ? null : 137, null));
        }
    }

    /// <summary>Tasks of a service that are stopping come one describe closer to STOPPED.</summary>
    private void AdvanceStopping(FakeService service)
    {
        foreach (var task in Tasks.Where(t => t.LastStatus == "STOPPING" && t.ClusterArn == service.Cluster.Arn && t.Group == "service:" + service.Name))
        {
            if (--task.StopCountdown <= 0)
            {
                Stopped(task);
            }
        }
    }

    private FakeTask FindTask(FakeCluster cluster, string idOrArn) =>
        Tasks.FirstOrDefault(t => t.ClusterArn == cluster.Arn && NameOf(t.Arn) == NameOf(idOrArn))
        ?? throw FakeEcsException.InvalidParameter("The referenced task was not found.");

    private JsonObject RunTask(JsonObject request)
    {
        var cluster = ActiveCluster(request);
        var taskDefinition = ActiveTaskDefinition(Required(request, "taskDefinition"));
        var count = (int?)request["count"] ?? 1;
        if (count is < 1 or > 10)
        {
            throw FakeEcsException.InvalidParameter("count must be between 1 and 10.");
        }
        var group = (string?)request["group"] ?? "family:" + taskDefinition.Family;
        var tasks = Enumerable.Range(0, count).Select(_ => NewTask(cluster, taskDefinition, group, (string?)request["startedBy"], "PROVISIONING")).ToList();
        foreach (var task in tasks)
        {
            SetTags(task.Arn, request["tags"] as JsonArray);
        }
        return new JsonObject { ["tasks"] = Array(tasks.Select(TaskJson)), ["failures"] = new JsonArray() };
    }

    private JsonObject StopTask(JsonObject request)
    {
        var task = FindTask(ActiveCluster(request), Required(request, "task"));
        StopFakeTask(task, "UserInitiated", (string?)request["reason"] ?? "Task stopped by user");
        return new JsonObject { ["task"] = TaskJson(task) };
    }

    private JsonObject DescribeTasks(JsonObject request)
    {
        var cluster = ActiveCluster(request);
        var ids = Strings(request, "tasks");
        if (ids.Count is 0 or > 100)
        {
            throw FakeEcsException.InvalidParameter("tasks can have at most 100 items and at least 1.");
        }
        var tasks = new JsonArray();
        var failures = new JsonArray();
        foreach (var id in ids)
        {
            if (Tasks.FirstOrDefault(t => t.ClusterArn == cluster.Arn && NameOf(t.Arn) == NameOf(id)) is { } task)
            {
                // RunTask's tasks are placed by the time anyone looks again.
                if (task.LastStatus == "PROVISIONING")
                {
                    task.LastStatus = "RUNNING";
                    task.StartedAt = Now;
                }
                tasks.Add(TaskJson(task));
            }
            else
            {
                failures.Add(new JsonObject { ["arn"] = id, ["reason"] = "MISSING" });
            }
        }
        return new JsonObject { ["tasks"] = tasks, ["failures"] = failures };
    }

    private JsonObject ListTasks(JsonObject request)
    {
        var cluster = ActiveCluster(request);
        var serviceName = (string?)request["serviceName"];
        if (serviceName is not null && FindService(cluster.Name, serviceName) is null)
        {
            throw FakeEcsException.ServiceNotFound();
        }
        var desiredStatus = (string?)request["desiredStatus"] ?? "RUNNING";
        var family = (string?)request["family"];
        var startedBy = (string?)request["startedBy"];
        var arns = Tasks
            .Where(t => t.ClusterArn == cluster.Arn && t.DesiredStatus == desiredStatus)
            .Where(t => serviceName is null || t.Group == "service:" + NameOf(serviceName))
            .Where(t => family is null || t.TaskDefinition.Family == family)
            .Where(t => startedBy is null || t.StartedBy == startedBy)
            .Select(t => t.Arn)
            .ToList();
        return Page(arns, request, "taskArns");
    }

    private JsonObject TaskJson(FakeTask task)
    {
        var json = new JsonObject
        {
            ["taskArn"] = task.Arn,
            ["clusterArn"] = task.ClusterArn,
            ["taskDefinitionArn"] = task.TaskDefinition.Arn,
            ["group"] = task.Group,
            ["lastStatus"] = task.LastStatus,
            ["desiredStatus"] = task.DesiredStatus,
            ["createdAt"] = Epoch(task.CreatedAt),
            ["launchType"] = "FARGATE",
            ["version"] = 1,
            ["containers"] = Array(task.TaskDefinition.ContainerNames.Select(name => ContainerJson(task, name))),
        };
        if (task.StartedBy is { } startedBy)
        {
            json["startedBy"] = startedBy;
        }
        if (task.StartedAt is { } startedAt)
        {
            json["startedAt"] = Epoch(startedAt);
        }
        if (task.StoppedAt is { } stoppedAt)
        {
            json["stopCode"] = task.StopCode;
            json["stoppedReason"] = task.StoppedReason;
            json["stoppingAt"] = Epoch(stoppedAt);
            json["stoppedAt"] = Epoch(stoppedAt);
            json["executionStoppedAt"] = Epoch(stoppedAt);
        }
        return json;
    }

    private static JsonObject ContainerJson(FakeTask task, string name)
    {
        var definition = (task.TaskDefinition.Body["containerDefinitions"] as JsonArray ?? []).FirstOrDefault(c => (string?)c?["name"] == name);
        var json = new JsonObject
        {
            ["containerArn"] = $"{ArnPrefix}container/{NameOf(task.Arn)}/{name}",
            ["taskArn"] = task.Arn,
            ["name"] = name,
            ["image"] = (string?)definition?["image"],
            ["lastStatus"] = task.LastStatus == "STOPPED" ? "STOPPED" : task.LastStatus == "RUNNING" ? "RUNNING" : "PENDING",
            ["healthStatus"] = "UNKNOWN",
        };
        if (task.Exits.TryGetValue(name, out var exit))
        {
            if (exit.ExitCode is { } exitCode)
            {
                json["exitCode"] = exitCode;
            }
            if (exit.Reason is { } reason)
            {
                json["reason"] = reason;
            }
        }
        return json;
    }
}
