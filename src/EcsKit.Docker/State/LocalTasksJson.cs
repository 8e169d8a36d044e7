using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EcsKit.Docker;

/// <summary>Local tasks as JSON shaped like ECS's DescribeTasks response, so that tools reading ECS output read this too.</summary>
public static class LocalTasksJson
{
    /// <summary><c>{"tasks": [...], "failures": []}</c> with the ECS API's member names and types (timestamps as epoch seconds).</summary>
    public static string Describe(IEnumerable<LocalTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("tasks");
            foreach (var task in tasks)
            {
                Write(json, task);
            }
            json.WriteEndArray();
            json.WriteStartArray("failures");
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, LocalTask task)
    {
        json.WriteStartObject();
        json.WriteString("taskArn", task.TaskArn);
        json.WriteString("clusterArn", ArnPrefix(task) + "cluster/" + task.Cluster);
        json.WriteString("taskDefinitionArn", ArnPrefix(task) + $"task-definition/{task.Family}:{task.Revision.ToString(CultureInfo.InvariantCulture)}");
        json.WriteString("group", task.Group);
        json.WriteString("launchType", task.LaunchType);
        json.WriteString("lastStatus", task.LastStatus);
        json.WriteString("desiredStatus", task.DesiredStatus);
        json.WriteString("healthStatus", task.HealthStatus);
        Optional(json, "cpu", task.Cpu);
        Optional(json, "memory", task.Memory);
        Optional(json, "stopCode", task.StopCode);
        Optional(json, "stoppedReason", task.StoppedReason);
        Time(json, "createdAt", task.CreatedAt);
        Time(json, "pullStartedAt", task.PullStartedAt);
        Time(json, "pullStoppedAt", task.PullStoppedAt);
        Time(json, "startedAt", task.StartedAt);
        Time(json, "stoppingAt", task.StoppingAt);
        Time(json, "executionStoppedAt", task.ExecutionStoppedAt);
        Time(json, "stoppedAt", task.StoppedAt);
        if (task.ServiceName is not null)
        {
            json.WriteString("startedBy", "ecs-svc/" + task.ServiceName);
        }
        json.WriteStartArray("containers");
        foreach (var container in task.Containers)
        {
            Write(json, task, container);
        }
        json.WriteEndArray();
        json.WriteStartArray("tags");
        foreach (var (key, value) in task.Tags)
        {
            json.WriteStartObject();
            json.WriteString("key", key);
            json.WriteString("value", value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, LocalTask task, LocalContainer container)
    {
        json.WriteStartObject();
        json.WriteString("containerArn", ArnPrefix(task) + $"container/{task.Cluster}/{task.TaskId}/{container.Name}");
        json.WriteString("taskArn", task.TaskArn);
        json.WriteString("name", container.Name);
        json.WriteString("image", container.Image);
        Optional(json, "runtimeId", container.RuntimeId);
        json.WriteString("lastStatus", container.LastStatus);
        if (container.ExitCode is int exitCode)
        {
            json.WriteNumber("exitCode", exitCode);
        }
        Optional(json, "reason", container.Reason);
        json.WriteStartArray("networkBindings");
        foreach (var binding in container.NetworkBindings)
        {
            json.WriteStartObject();
            json.WriteString("bindIP", binding.BindIP);
            json.WriteNumber("containerPort", binding.ContainerPort);
            json.WriteNumber("hostPort", binding.HostPort);
            json.WriteString("protocol", binding.Protocol);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("healthStatus", container.HealthStatus);
        // The API gives a container's cpu and memory as strings.
        Optional(json, "cpu", container.Cpu?.ToString(CultureInfo.InvariantCulture));
        Optional(json, "memory", container.Memory?.ToString(CultureInfo.InvariantCulture));
        Optional(json, "memoryReservation", container.MemoryReservation?.ToString(CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static string ArnPrefix(LocalTask task) => task.TaskArn[..(task.TaskArn.IndexOf(":task/", StringComparison.Ordinal) + 1)];

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    // The ECS API sends timestamps as epoch seconds with a fraction, not ISO strings.
    private static void Time(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            json.WriteNumber(name, Math.Round(time.ToUnixTimeMilliseconds() / 1000.0, 3));
        }
    }
}
