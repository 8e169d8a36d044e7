using System.Text.Json.Nodes;

namespace EcsKit.Aws;

public sealed partial class EcsApiClient
{
    // DescribeTasks and DescribeContainerInstances take at most 100 ARNs per call.
    private const int DescribeBatch = 100;

    /// <inheritdoc />
    /// <remarks>When ECS starts none of the tasks, its failure reasons (such as RESOURCE:MEMORY) are thrown as an <see cref="EcsApiException"/>.</remarks>
    public async Task<IReadOnlyList<EcsTaskInfo>> RunTaskAsync(EcsRunTask request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new JsonObject
        {
            ["cluster"] = request.Cluster,
            ["taskDefinition"] = request.TaskDefinition,
            ["count"] = request.Count,
        };
        if (request.LaunchType is { } launchType)
        {
            body["launchType"] = launchType.ToEcsString();
        }
        if (request.NetworkConfiguration is not null)
        {
            var carrier = EcsRequestJson.Of(new Service { ServiceName = "-", NetworkConfiguration = request.NetworkConfiguration });
            EcsRequestJson.CopyMembers(carrier, body, "networkConfiguration");
        }
        if (request.StartedBy is not null)
        {
            body["startedBy"] = request.StartedBy;
        }
        var response = await CallAsync("RunTask", body, cancellationToken).ConfigureAwait(false);
        var tasks = EcsResponseReader.Items(response, "tasks").Select(EcsResponseReader.Task).ToList();
        var failures = EcsResponseReader.Failures(response).ToList();
        if (tasks.Count == 0 && failures.Count > 0)
        {
            var reasons = string.Join("; ", failures.Select(f => f.Detail is null ? f.Reason : $"{f.Reason} ({f.Detail})"));
            throw new EcsApiException("RunTask", failures[0].Reason, $"no task started: {reasons}", 200);
        }
        return tasks;
    }

    /// <inheritdoc />
    public async Task StopTaskAsync(string cluster, string task, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        ArgumentException.ThrowIfNullOrEmpty(task);
        var body = new JsonObject { ["cluster"] = cluster, ["task"] = task };
        if (reason is not null)
        {
            body["reason"] = reason;
        }
        await CallAsync("StopTask", body, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Tasks ECS does not know (failure MISSING) are left out.</remarks>
    public async Task<IReadOnlyList<EcsTaskInfo>> DescribeTasksAsync(string cluster, IReadOnlyList<string> tasks, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        ArgumentNullException.ThrowIfNull(tasks);
        var found = new List<EcsTaskInfo>();
        foreach (var batch in tasks.Chunk(DescribeBatch))
        {
            var body = new JsonObject { ["cluster"] = cluster, ["tasks"] = EcsRequestJson.Strings(batch) };
            var response = await CallAsync("DescribeTasks", body, cancellationToken).ConfigureAwait(false);
            ThrowOnFailuresOtherThanMissing("DescribeTasks", response);
            found.AddRange(EcsResponseReader.Items(response, "tasks").Select(EcsResponseReader.Task));
        }
        return found;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListTasksAsync(string cluster, string? serviceName = null, string? desiredStatus = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        var body = new JsonObject { ["cluster"] = cluster };
        if (serviceName is not null)
        {
            body["serviceName"] = serviceName;
        }
        if (desiredStatus is not null)
        {
            body["desiredStatus"] = desiredStatus;
        }
        return ListAllAsync("ListTasks", body, "taskArns", cancellationToken);
    }
}
