using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Loopback;

namespace EcsKit.Aws.Tests.FakeEcs;

/// <summary>
/// TEST HELPER, to be replaced by <see cref="EcsApiClient"/> once it lands: <see cref="IEcsApi"/> as JSON 1.1 over
/// plain HTTP to a <see cref="LoopbackEcs"/> (no signing), with a small retry of ThrottlingException and 5xx.
/// </summary>
public sealed class LoopbackEcsApi(Uri endpoint) : IEcsApi, IDisposable
{
    private const int Attempts = 4;
    private readonly HttpClient _http = new() { BaseAddress = endpoint };

    public void Dispose() => _http.Dispose();

    private async Task<JsonObject> CallAsync(string operation, JsonObject body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/")
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.1"),
            };
            request.Headers.Add("X-Amz-Target", LoopbackEcs.TargetPrefix + operation);
            using var response = await _http.SendAsync(request, cancellationToken);
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?.AsObject() ?? [];
            if (response.IsSuccessStatusCode)
            {
                return json;
            }
            var type = ((string?)json["__type"] ?? "UnknownError").Split('#')[^1];
            if (attempt < Attempts && (type == "ThrottlingException" || response.StatusCode >= HttpStatusCode.InternalServerError))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5 << attempt), cancellationToken);
                continue;
            }
            throw new EcsApiException(operation, type, (string?)json["message"] ?? "", (int)response.StatusCode);
        }
    }

    private async Task<List<string>> ListAllAsync(string operation, JsonObject body, string member, CancellationToken cancellationToken)
    {
        var all = new List<string>();
        while (true)
        {
            var page = await CallAsync(operation, (JsonObject)body.DeepClone(), cancellationToken);
            all.AddRange((page[member] as JsonArray ?? []).Select(n => (string)n!));
            if ((string?)page["nextToken"] is not { } token)
            {
                return all;
            }
            body["nextToken"] = token;
        }
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);

    private static DateTimeOffset? Time(JsonNode? epochSeconds) =>
        epochSeconds is null ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)((decimal)epochSeconds * 1000));

    private static EcsClusterInfo ClusterInfo(JsonNode json) => new(
        (string)json["clusterArn"]!, (string)json["clusterName"]!, (string)json["status"]!,
        (int?)json["activeServicesCount"] ?? 0, (int?)json["runningTasksCount"] ?? 0, (int?)json["registeredContainerInstancesCount"] ?? 0,
        EcsJson.ParseCluster(json.ToJsonString()));

    private static EcsTaskDefinitionInfo TaskDefinitionInfo(JsonObject response)
    {
        var json = response["taskDefinition"]!;
        return new((string)json["taskDefinitionArn"]!, (int)json["revision"]!, (string)json["status"]!, EcsJson.ParseTaskDefinition(response.ToJsonString()));
    }

    private static EcsServiceInfo ServiceInfo(JsonNode json) => new(
        (string)json["serviceArn"]!, (string)json["serviceName"]!, (string)json["clusterArn"]!, (string)json["status"]!,
        (string?)json["taskDefinition"] ?? "", (int?)json["desiredCount"] ?? 0, (int?)json["runningCount"] ?? 0, (int?)json["pendingCount"] ?? 0,
        (json["deployments"] as JsonArray ?? []).Select(d => new EcsDeploymentInfo(
            (string)d!["id"]!, (string)d["status"]!, (string)d["taskDefinition"]!, (int?)d["desiredCount"] ?? 0, (int?)d["runningCount"] ?? 0,
            (int?)d["pendingCount"] ?? 0, (int?)d["failedTasks"] ?? 0, (string?)d["rolloutState"], (string?)d["rolloutStateReason"], Time(d["createdAt"]))).ToList(),
        (json["events"] as JsonArray ?? []).Select(e => new EcsServiceEvent((string)e!["id"]!, Time(e["createdAt"])!.Value, (string)e["message"]!)).ToList(),
        EcsJson.ParseService(json.ToJsonString()));

    private static EcsTaskInfo TaskInfo(JsonNode json) => new(
        (string)json["taskArn"]!, (string)json["taskDefinitionArn"]!, (string?)json["group"], (string)json["lastStatus"]!, (string)json["desiredStatus"]!,
        (string?)json["stopCode"], (string?)json["stoppedReason"], Time(json["stoppedAt"]),
        (json["containers"] as JsonArray ?? []).Select(c => new EcsContainerInfo(
            (string)c!["name"]!, (string?)c["lastStatus"], (int?)c["exitCode"], (string?)c["reason"], (string?)c["healthStatus"])).ToList());

    public async Task<EcsClusterInfo> CreateClusterAsync(Cluster cluster, CancellationToken cancellationToken = default) =>
        ClusterInfo((await CallAsync("CreateCluster", JsonNode.Parse(EcsJson.Serialize(cluster))!.AsObject(), cancellationToken))["cluster"]!);

    public async Task<EcsClusterInfo?> DescribeClusterAsync(string cluster, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("DescribeClusters", new JsonObject { ["clusters"] = Strings([cluster]), ["include"] = Strings(["TAGS", "SETTINGS", "CONFIGURATIONS"]) }, cancellationToken);
        return response["clusters"] is JsonArray { Count: > 0 } clusters ? ClusterInfo(clusters[0]!) : null;
    }

    public Task DeleteClusterAsync(string cluster, CancellationToken cancellationToken = default) =>
        CallAsync("DeleteCluster", new JsonObject { ["cluster"] = cluster }, cancellationToken);

    public async Task<EcsTaskDefinitionInfo> RegisterTaskDefinitionAsync(TaskDefinition taskDefinition, CancellationToken cancellationToken = default) =>
        TaskDefinitionInfo(await CallAsync("RegisterTaskDefinition", JsonNode.Parse(EcsJson.Serialize(taskDefinition))!.AsObject(), cancellationToken));

    public async Task<EcsTaskDefinitionInfo?> DescribeTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken = default)
    {
        try
        {
            return TaskDefinitionInfo(await CallAsync("DescribeTaskDefinition", new JsonObject { ["taskDefinition"] = taskDefinition, ["include"] = Strings(["TAGS"]) }, cancellationToken));
        }
        catch (EcsApiException e) when (e.ErrorCode == "ClientException")
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<string>> ListTaskDefinitionsAsync(string familyPrefix, string? status = null, CancellationToken cancellationToken = default) =>
        await ListAllAsync("ListTaskDefinitions", new JsonObject { ["familyPrefix"] = familyPrefix, ["status"] = status ?? "ACTIVE" }, "taskDefinitionArns", cancellationToken);

    public Task DeregisterTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken = default) =>
        CallAsync("DeregisterTaskDefinition", new JsonObject { ["taskDefinition"] = taskDefinition }, cancellationToken);

    public async Task<EcsServiceInfo> CreateServiceAsync(Service service, CancellationToken cancellationToken = default) =>
        ServiceInfo((await CallAsync("CreateService", JsonNode.Parse(EcsJson.Serialize(service))!.AsObject(), cancellationToken))["service"]!);

    public async Task<EcsServiceInfo> UpdateServiceAsync(EcsServiceUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var body = new JsonObject { ["cluster"] = update.Cluster, ["service"] = update.Service };
        void Set(string member, string? json)
        {
            if (json is not null)
            {
                body[member] = JsonNode.Parse(json);
            }
        }
        Set("taskDefinition", update.TaskDefinition is null ? null : JsonValue.Create(update.TaskDefinition).ToJsonString());
        Set("desiredCount", update.DesiredCount?.ToString(CultureInfo.InvariantCulture));
        // The members are model shapes: their JSON is what a service carries, read back through a service.
        var shapes = JsonNode.Parse(EcsJson.Serialize(new Service
        {
            ServiceName = update.Service,
            DeploymentConfiguration = update.DeploymentConfiguration,
            NetworkConfiguration = update.NetworkConfiguration,
            CapacityProviderStrategy = update.CapacityProviderStrategy,
            PlatformVersion = update.PlatformVersion,
            HealthCheckGracePeriodSeconds = update.HealthCheckGracePeriodSeconds,
            LoadBalancers = update.LoadBalancers,
            EnableExecuteCommand = update.EnableExecuteCommand,
        }))!.AsObject();
        shapes.Remove("serviceName");
        foreach (var (member, value) in shapes)
        {
            body[member] = value?.DeepClone();
        }
        if (update.ForceNewDeployment)
        {
            body["forceNewDeployment"] = true;
        }
        return ServiceInfo((await CallAsync("UpdateService", body, cancellationToken))["service"]!);
    }

    public async Task<IReadOnlyList<EcsServiceInfo>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("DescribeServices", new JsonObject { ["cluster"] = cluster, ["services"] = Strings(services), ["include"] = Strings(["TAGS"]) }, cancellationToken);
        return (response["services"] as JsonArray ?? []).Select(s => ServiceInfo(s!)).ToList();
    }

    public Task DeleteServiceAsync(string cluster, string service, bool force = false, CancellationToken cancellationToken = default) =>
        CallAsync("DeleteService", new JsonObject { ["cluster"] = cluster, ["service"] = service, ["force"] = force }, cancellationToken);

    public async Task<IReadOnlyList<string>> ListServicesAsync(string cluster, CancellationToken cancellationToken = default) =>
        await ListAllAsync("ListServices", new JsonObject { ["cluster"] = cluster }, "serviceArns", cancellationToken);

    public async Task<IReadOnlyList<EcsTaskInfo>> RunTaskAsync(EcsRunTask request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new JsonObject { ["cluster"] = request.Cluster, ["taskDefinition"] = request.TaskDefinition, ["count"] = request.Count };
        if (request.StartedBy is not null)
        {
            body["startedBy"] = request.StartedBy;
        }
        var response = await CallAsync("RunTask", body, cancellationToken);
        return (response["tasks"] as JsonArray ?? []).Select(t => TaskInfo(t!)).ToList();
    }

    public Task StopTaskAsync(string cluster, string task, string? reason = null, CancellationToken cancellationToken = default) =>
        CallAsync("StopTask", new JsonObject { ["cluster"] = cluster, ["task"] = task, ["reason"] = reason }, cancellationToken);

    public async Task<IReadOnlyList<EcsTaskInfo>> DescribeTasksAsync(string cluster, IReadOnlyList<string> tasks, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("DescribeTasks", new JsonObject { ["cluster"] = cluster, ["tasks"] = Strings(tasks) }, cancellationToken);
        return (response["tasks"] as JsonArray ?? []).Select(t => TaskInfo(t!)).ToList();
    }

    public async Task<IReadOnlyList<string>> ListTasksAsync(string cluster, string? serviceName = null, string? desiredStatus = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["cluster"] = cluster };
        if (serviceName is not null)
        {
            body["serviceName"] = serviceName;
        }
        if (desiredStatus is not null)
        {
            body["desiredStatus"] = desiredStatus;
        }
        return await ListAllAsync("ListTasks", body, "taskArns", cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListContainerInstancesAsync(string cluster, string? status = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["cluster"] = cluster };
        if (status is not null)
        {
            body["status"] = status;
        }
        return await ListAllAsync("ListContainerInstances", body, "containerInstanceArns", cancellationToken);
    }

    public async Task<IReadOnlyList<EcsContainerInstanceInfo>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstances, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("DescribeContainerInstances", new JsonObject { ["cluster"] = cluster, ["containerInstances"] = Strings(containerInstances) }, cancellationToken);
        return (response["containerInstances"] as JsonArray ?? []).Select(i => new EcsContainerInstanceInfo(
            (string)i!["containerInstanceArn"]!, (string?)i["ec2InstanceId"], (string)i["status"]!, (bool?)i["agentConnected"] ?? false, (int?)i["runningTasksCount"] ?? 0)).ToList();
    }

    public Task DeregisterContainerInstanceAsync(string cluster, string containerInstance, bool force = false, CancellationToken cancellationToken = default) =>
        CallAsync("DeregisterContainerInstance", new JsonObject { ["cluster"] = cluster, ["containerInstance"] = containerInstance, ["force"] = force }, cancellationToken);

    public Task TagResourceAsync(string resourceArn, IReadOnlyList<Tag> tags, CancellationToken cancellationToken = default) =>
        CallAsync("TagResource", new JsonObject
        {
            ["resourceArn"] = resourceArn,
            ["tags"] = new JsonArray([.. tags.Select(t => new JsonObject { ["key"] = t.Key, ["value"] = t.Value })]),
        }, cancellationToken);

    public async Task<IReadOnlyList<Tag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("ListTagsForResource", new JsonObject { ["resourceArn"] = resourceArn }, cancellationToken);
        return (response["tags"] as JsonArray ?? []).Select(t => new Tag { Key = (string?)t!["key"], Value = (string?)t["value"] }).ToList();
    }
}
