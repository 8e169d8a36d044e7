using System.Globalization;
using System.Text.Json;

namespace EcsKit.Aws;

/// <summary>
/// Reads ECS response shapes into EcsKit's response records; the definitions inside them go through
/// <see cref="EcsJson"/> into the request shapes. Timestamps are epoch seconds (JSON 1.1), ISO text is tolerated.
/// </summary>
internal static class EcsResponseReader
{
    public static EcsClusterInfo Cluster(JsonElement cluster, string operation) => new(
        Text(cluster, "clusterArn"),
        Text(cluster, "clusterName"),
        Text(cluster, "status"),
        Int(cluster, "activeServicesCount") ?? 0,
        Int(cluster, "runningTasksCount") ?? 0,
        Int(cluster, "registeredContainerInstancesCount") ?? 0,
        Definition(operation, () => EcsJson.ReadCluster(cluster.GetRawText()).Value));

    /// <summary>A RegisterTaskDefinition or DescribeTaskDefinition response: the definition and the tags beside it.</summary>
    public static EcsTaskDefinitionInfo TaskDefinition(JsonElement response, string operation)
    {
        var definition = Member(response, "taskDefinition", operation);
        return new EcsTaskDefinitionInfo(
            Text(definition, "taskDefinitionArn"),
            Int(definition, "revision") ?? 0,
            Text(definition, "status"),
            Definition(operation, () => EcsJson.ReadTaskDefinition(response.GetRawText()).Value));
    }

    public static EcsServiceInfo Service(JsonElement service, string operation) => new(
        Text(service, "serviceArn"),
        Text(service, "serviceName"),
        Text(service, "clusterArn"),
        Text(service, "status"),
        Text(service, "taskDefinition"),
        Int(service, "desiredCount") ?? 0,
        Int(service, "runningCount") ?? 0,
        Int(service, "pendingCount") ?? 0,
        // PRIMARY first whatever order the response has; the rest keep theirs.
        Items(service, "deployments").Select(Deployment).OrderBy(d => d.Status == "PRIMARY" ? 0 : 1).ToList(),
        Items(service, "events").Select(Event).ToList(),
        Definition(operation, () => EcsJson.ReadService(service.GetRawText()).Value));

    public static EcsTaskInfo Task(JsonElement task) => new(
        Text(task, "taskArn"),
        Text(task, "taskDefinitionArn"),
        OptionalText(task, "group"),
        Text(task, "lastStatus"),
        Text(task, "desiredStatus"),
        OptionalText(task, "stopCode"),
        OptionalText(task, "stoppedReason"),
        Time(task, "stoppedAt"),
        Items(task, "containers").Select(Container).ToList());

    public static EcsContainerInstanceInfo ContainerInstance(JsonElement instance) => new(
        Text(instance, "containerInstanceArn"),
        OptionalText(instance, "ec2InstanceId"),
        Text(instance, "status"),
        Bool(instance, "agentConnected") ?? false,
        Int(instance, "runningTasksCount") ?? 0);

    public static Tag Tag(JsonElement tag) => new() { Key = OptionalText(tag, "key"), Value = OptionalText(tag, "value") };

    /// <summary>The failures of a Describe* response: (arn, reason, detail).</summary>
    public static IEnumerable<(string Arn, string Reason, string? Detail)> Failures(JsonElement response) =>
        Items(response, "failures").Select(f => (Text(f, "arn"), Text(f, "reason"), OptionalText(f, "detail")));

    public static IEnumerable<JsonElement> Items(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    public static IEnumerable<string> Strings(JsonElement parent, string name) =>
        Items(parent, name).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!);

    /// <summary>A member the response must have, such as <c>service</c> in CreateService's.</summary>
    public static JsonElement Member(JsonElement parent, string name, string operation) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw new EcsApiException(operation, "InvalidResponse", $"the response has no \"{name}\" object", 200);

    public static string? OptionalText(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// Reads a definition with EcsJson; what it cannot take (a value of an enumeration newer than EcsKit, say) is
    /// reported as the operation's failure, as the interface promises.
    /// </summary>
    private static T Definition<T>(string operation, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (EcsJsonException e)
        {
            throw new EcsApiException(operation, "UnreadableResponse", e.Message, 200, e);
        }
    }

    private static EcsDeploymentInfo Deployment(JsonElement deployment) => new(
        Text(deployment, "id"),
        Text(deployment, "status"),
        Text(deployment, "taskDefinition"),
        Int(deployment, "desiredCount") ?? 0,
        Int(deployment, "runningCount") ?? 0,
        Int(deployment, "pendingCount") ?? 0,
        Int(deployment, "failedTasks") ?? 0,
        OptionalText(deployment, "rolloutState"),
        OptionalText(deployment, "rolloutStateReason"),
        Time(deployment, "createdAt"));

    private static EcsServiceEvent Event(JsonElement serviceEvent) => new(
        Text(serviceEvent, "id"),
        Time(serviceEvent, "createdAt") ?? DateTimeOffset.MinValue,
        Text(serviceEvent, "message"));

    private static EcsContainerInfo Container(JsonElement container) => new(
        Text(container, "name"),
        OptionalText(container, "lastStatus"),
        Int(container, "exitCode"),
        OptionalText(container, "reason"),
        OptionalText(container, "healthStatus"));

    private static string Text(JsonElement parent, string name) => OptionalText(parent, name) ?? "";

    private static int? Int(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static bool? Bool(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static DateTimeOffset? Time(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            // Epoch seconds with a fraction, such as 1764061200.123: kept to the millisecond.
            JsonValueKind.Number => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(value.GetDecimal() * 1000m)),
            JsonValueKind.String when DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            _ => null,
        };
    }
}
