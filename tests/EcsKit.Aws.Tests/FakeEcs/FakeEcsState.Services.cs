using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.FakeEcs;

public sealed partial class FakeEcsState
{
    private static readonly string[] RedeployingMembers = ["networkConfiguration", "platformVersion", "capacityProviderStrategy", "launchType", "loadBalancers", "serviceConnectConfiguration", "volumeConfigurations"];

    /// <summary>The newest service of that name in the cluster, whatever its status.</summary>
    public FakeService? FindService(string cluster, string nameOrArn)
    {
        lock (_lock)
        {
            var name = NameOf(nameOrArn);
            return Services.LastOrDefault(s => s.Cluster.Name == NameOf(cluster) && s.Name == name);
        }
    }

    private FakeService LiveService(FakeCluster cluster, JsonObject request)
    {
        var service = FindService(cluster.Name, Required(request, "service")) ?? throw FakeEcsException.ServiceNotFound();
        return service.Status == "ACTIVE" ? service : throw FakeEcsException.ServiceNotActive();
    }

    private ServiceScript ScriptFor(string service) => _scripts.GetValueOrDefault(service, DefaultScript);

    private FakeTaskDefinition ActiveTaskDefinition(string reference)
    {
        var registered = FindTaskDefinition(reference) ?? throw FakeEcsException.Client("TaskDefinition not found.");
        return registered.Status == "ACTIVE" ? registered : throw FakeEcsException.Client($"TaskDefinition is inactive: {registered.Arn}");
    }

    private JsonObject CreateService(JsonObject request)
    {
        var cluster = ActiveCluster(request);
        var name = Required(request, "serviceName");
        if (FindService(cluster.Name, name) is { Status: not "INACTIVE" })
        {
            throw FakeEcsException.InvalidParameter("Creation of service was not idempotent.");
        }
        var taskDefinition = ActiveTaskDefinition(Required(request, "taskDefinition"));
        var desiredCount = (int?)request["desiredCount"] ?? throw FakeEcsException.InvalidParameter("desiredCount is required when schedulingStrategy is REPLICA.");
        var spec = (JsonObject)request.DeepClone();
        foreach (var member in new[] { "cluster", "clientToken", "tags", "serviceName", "desiredCount" })
        {
            spec.Remove(member);
        }
        spec["taskDefinition"] = taskDefinition.Arn;
        var service = new FakeService(name, $"{ArnPrefix}service/{cluster.Name}/{name}", cluster, spec, Now) { DesiredCount = desiredCount };
        service.Deployments.Add(new FakeDeployment(NewDeploymentId(), taskDefinition, desiredCount, ScriptFor(name), Now));
        Services.Add(service);
        SetTags(service.Arn, request["tags"] as JsonArray);
        return new JsonObject { ["service"] = ServiceJson(service, tags: true) };
    }

    private JsonObject UpdateService(JsonObject request)
    {
        var service = LiveService(ActiveCluster(request), request);
        var before = RedeployingMembers.ToDictionary(m => m, m => service.Spec[m]?.ToJsonString());
        var redeploy = (bool?)request["forceNewDeployment"] ?? false;
        if ((string?)request["taskDefinition"] is { } reference)
        {
            var taskDefinition = ActiveTaskDefinition(reference);
            redeploy |= taskDefinition != service.Primary.TaskDefinition;
            request["taskDefinition"] = taskDefinition.Arn;
        }
        foreach (var (member, value) in request)
        {
            if (member is not ("cluster" or "service" or "forceNewDeployment" or "desiredCount"))
            {
                service.Spec[member] = value?.DeepClone();
            }
        }
        redeploy |= RedeployingMembers.Any(m => service.Spec[m]?.ToJsonString() != before[m]);
        if ((int?)request["desiredCount"] is { } desiredCount)
        {
            service.DesiredCount = desiredCount;
        }
        if (redeploy)
        {
            foreach (var old in service.Deployments)
            {
                old.Status = "ACTIVE";
            }
            var next = FindTaskDefinition((string)service.Spec["taskDefinition"]!)!;
            service.Deployments.Insert(0, new FakeDeployment(NewDeploymentId(), next, service.DesiredCount, ScriptFor(service.Name), Now));
        }
        else
        {
            service.Primary.DesiredCount = service.DesiredCount;
            if (service.DesiredCount == 0)
            {
                ScaleTo(service, service.Primary, 0);
            }
        }
        return new JsonObject { ["service"] = ServiceJson(service, tags: false) };
    }

    private JsonObject DescribeServices(JsonObject request)
    {
        var cluster = ActiveCluster(request);
        var names = Strings(request, "services");
        if (names.Count is 0 or > 10)
        {
            throw FakeEcsException.InvalidParameter("services can have at most 10 items and at least 1.");
        }
        var tags = Strings(request, "include").Contains("TAGS");
        var services = new JsonArray();
        var failures = new JsonArray();
        foreach (var name in names.Select(NameOf))
        {
            if (FindService(cluster.Name, name) is { } service)
            {
                Progress(service);
                services.Add(ServiceJson(service, tags));
            }
            else
            {
                failures.Add(new JsonObject { ["arn"] = $"{ArnPrefix}service/{cluster.Name}/{name}", ["reason"] = "MISSING" });
            }
        }
        return new JsonObject { ["services"] = services, ["failures"] = failures };
    }

    private JsonObject DeleteService(JsonObject request)
    {
        var service = LiveService(ActiveCluster(request), request);
        var force = (bool?)request["force"] ?? false;
        if (service.DesiredCount > 0 && !force)
        {
            throw FakeEcsException.InvalidParameter("The service cannot be stopped while it is scaled above 0.");
        }
        service.DesiredCount = 0;
        foreach (var deployment in service.Deployments)
        {
            ScaleTo(service, deployment, 0);
        }
        // DRAINING until a DescribeServices sees it without tasks, then INACTIVE.
        service.Status = "DRAINING";
        return new JsonObject { ["service"] = ServiceJson(service, tags: false) };
    }

    private JsonObject ListServices(JsonObject request)
    {
        var cluster = ActiveCluster(request);
        return Page(Services.Where(s => s.Cluster == cluster && s.Status != "INACTIVE").Select(s => s.Arn).ToList(), request, "serviceArns");
    }

    private JsonObject ServiceJson(FakeService service, bool tags)
    {
        var json = new JsonObject
        {
            ["serviceArn"] = service.Arn,
            ["serviceName"] = service.Name,
            ["clusterArn"] = service.Cluster.Arn,
        };
        foreach (var (member, value) in service.Spec)
        {
            json[member] = value?.DeepClone();
        }
        json["status"] = service.Status;
        json["desiredCount"] = service.DesiredCount;
        json["runningCount"] = service.Deployments.Sum(d => Count(d, "RUNNING"));
        json["pendingCount"] = service.Deployments.Sum(d => Count(d, "PENDING"));
        json["taskDefinition"] = service.Primary.TaskDefinition.Arn;
        // ECS reports its defaults for what the request left out.
        var configuration = json["deploymentConfiguration"] as JsonObject ?? [];
        configuration["deploymentCircuitBreaker"] ??= new JsonObject { ["enable"] = false, ["rollback"] = false };
        configuration["maximumPercent"] ??= 200;
        configuration["minimumHealthyPercent"] ??= 100;
        json["deploymentConfiguration"] = configuration;
        json["schedulingStrategy"] ??= "REPLICA";
        json["deploymentController"] ??= new JsonObject { ["type"] = "ECS" };
        json["enableECSManagedTags"] ??= false;
        json["propagateTags"] ??= "NONE";
        json["enableExecuteCommand"] ??= false;
        if ((string?)json["launchType"] == "FARGATE")
        {
            json["platformVersion"] ??= "LATEST";
            json["platformFamily"] = "Linux";
        }
        json["deployments"] = Array(service.Deployments.Select(d => DeploymentJson(service, d)));
        json["events"] = Array(service.Events.Take(100).Select(e => new JsonObject { ["id"] = e.Id, ["createdAt"] = Epoch(e.CreatedAt), ["message"] = e.Message }));
        json["createdAt"] = Epoch(service.CreatedAt);
        json["createdBy"] = $"arn:aws:iam::{Account}:user/deployer";
        if (tags)
        {
            json["tags"] = TagsJson(service.Arn);
        }
        return json;
    }

    private JsonObject DeploymentJson(FakeService service, FakeDeployment deployment)
    {
        var json = new JsonObject
        {
            ["id"] = deployment.Id,
            ["status"] = deployment.Status,
            ["taskDefinition"] = deployment.TaskDefinition.Arn,
            ["desiredCount"] = deployment.DesiredCount,
            ["pendingCount"] = Count(deployment, "PENDING"),
            ["runningCount"] = Count(deployment, "RUNNING"),
            ["failedTasks"] = deployment.FailedTasks,
            ["createdAt"] = Epoch(deployment.CreatedAt),
            ["updatedAt"] = Epoch(deployment.UpdatedAt),
            ["rolloutState"] = deployment.RolloutState,
            ["rolloutStateReason"] = deployment.RolloutStateReason,
        };
        foreach (var member in new[] { "launchType", "platformVersion", "capacityProviderStrategy", "networkConfiguration" })
        {
            if (service.Spec[member] is { } value)
            {
                json[member] = value.DeepClone();
            }
        }
        return json;
    }

    private int Count(FakeDeployment deployment, string lastStatus) => Tasks.Count(t => t.StartedBy == deployment.Id && t.LastStatus == lastStatus);
}
