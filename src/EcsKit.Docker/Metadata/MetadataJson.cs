using System.Globalization;
using System.Net;
using System.Text.Json;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Metadata;

/// <summary>
/// Writes the task and container objects of the task metadata endpoint (v3, v4) and of the agent introspection API
/// (v1) with the agent's member names: PascalCase, Health's keys lowercase, and a member without a value left out
/// rather than written as null (Go's omitempty), since clients test for presence.
/// </summary>
internal static class MetadataJson
{
    private const string Awsvpc = "awsvpc";

    public static void WriteTask(Utf8JsonWriter writer, TaskEntry entry, IReadOnlyDictionary<string, ContainerFacts?> facts, MetadataVersion version, bool withTags)
    {
        var task = entry.Task;
        writer.WriteStartObject();
        writer.WriteString("Cluster", task.Cluster);
        writer.WriteString("TaskARN", task.TaskArn);
        writer.WriteString("Family", task.Family);
        writer.WriteString("Revision", task.Revision.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("DesiredStatus", AgentStatus.DesiredOf(task));
        writer.WriteString("KnownStatus", AgentStatus.KnownOf(task));
        var vcpus = TaskLimits.Vcpus(task.Cpu ?? entry.Definition.Cpu);
        var memory = TaskLimits.Mebibytes(task.Memory ?? entry.Definition.Memory);
        if (vcpus is not null || memory is not null)
        {
            writer.WriteStartObject("Limits");
            WriteIf(writer, "CPU", vcpus);
            WriteIf(writer, "Memory", memory);
            writer.WriteEndObject();
        }
        WriteIf(writer, "PullStartedAt", task.PullStartedAt);
        WriteIf(writer, "PullStoppedAt", task.PullStoppedAt);
        WriteIf(writer, "ExecutionStoppedAt", task.ExecutionStoppedAt);
        if (version >= MetadataVersion.V4)
        {
            writer.WriteString("LaunchType", task.LaunchType);
        }
        if (withTags)
        {
            // Only the task's own tags: there is no container instance to have tags locally.
            WriteMap(writer, "TaskTags", task.Tags);
        }
        writer.WriteStartArray("Containers");
        foreach (var container in task.Containers)
        {
            WriteContainer(writer, entry, container, FactsOf(facts, container), version);
        }
        writer.WriteEndArray();
        if (version >= MetadataVersion.V4)
        {
            WriteIf(writer, "ServiceName", task.ServiceName);
            // The agent always writes this one, false included.
            writer.WriteBoolean("FaultInjectionEnabled", entry.Definition.EnableFaultInjection ?? false);
        }
        writer.WriteEndObject();
    }

    public static void WriteContainer(Utf8JsonWriter writer, TaskEntry entry, LocalContainer container, ContainerFacts? facts, MetadataVersion version)
    {
        var task = entry.Task;
        var definition = DefinitionOf(entry, container);
        writer.WriteStartObject();
        WriteIf(writer, "DockerId", container.RuntimeId);
        writer.WriteString("Name", container.Name);
        WriteIf(writer, "DockerName", container.DockerName ?? facts?.DockerName);
        writer.WriteString("Image", container.Image);
        WriteIf(writer, "ImageID", facts?.ImageId ?? container.ImageId);
        WritePorts(writer, task, container, definition);
        WriteMap(writer, "Labels", LabelsOf(task, container, definition));
        writer.WriteString("DesiredStatus", AgentStatus.DesiredOf(task, container));
        writer.WriteString("KnownStatus", AgentStatus.KnownOf(container));
        WriteIf(writer, "ExitCode", container.ExitCode);
        writer.WriteStartObject("Limits");
        // CPU is always there (0 = no reservation, as the agent writes it); a memory limit only when there is one.
        writer.WriteNumber("CPU", (double)(container.Cpu ?? 0));
        WriteIf(writer, "Memory", container.Memory);
        writer.WriteEndObject();
        WriteIf(writer, "CreatedAt", container.CreatedAt);
        WriteIf(writer, "StartedAt", container.StartedAt);
        WriteIf(writer, "FinishedAt", container.FinishedAt);
        writer.WriteString("Type", "NORMAL");
        if (version >= MetadataVersion.V4 && definition?.LogConfiguration is { } log)
        {
            writer.WriteString("LogDriver", log.LogDriver.ToEcsString());
            WriteMap(writer, "LogOptions", log.Options);
        }
        if (definition?.HealthCheck is not null)
        {
            WriteHealth(writer, container, facts?.LastHealthProbe);
        }
        WriteVolumes(writer, facts);
        WriteNetworks(writer, task, facts, detailed: version >= MetadataVersion.V4);
        if (version >= MetadataVersion.V4 && definition?.RestartPolicy is { Enabled: true })
        {
            writer.WriteNumber("RestartCount", container.RestartCount);
        }
        writer.WriteEndObject();
    }

    /// <summary>A task as the introspection API's <c>/v1/tasks</c> lists it.</summary>
    public static void WriteIntrospectionTask(Utf8JsonWriter writer, TaskEntry entry, IReadOnlyDictionary<string, ContainerFacts?> facts)
    {
        var task = entry.Task;
        writer.WriteStartObject();
        writer.WriteString("Arn", task.TaskArn);
        writer.WriteString("DesiredStatus", AgentStatus.DesiredOf(task));
        writer.WriteString("KnownStatus", AgentStatus.KnownOf(task));
        writer.WriteString("Family", task.Family);
        writer.WriteString("Version", task.Revision.ToString(CultureInfo.InvariantCulture));
        writer.WriteStartArray("Containers");
        foreach (var container in task.Containers)
        {
            var containerFacts = FactsOf(facts, container);
            writer.WriteStartObject();
            WriteIf(writer, "DockerId", container.RuntimeId);
            WriteIf(writer, "DockerName", container.DockerName ?? containerFacts?.DockerName);
            writer.WriteString("Name", container.Name);
            writer.WriteString("Image", container.Image);
            WriteIf(writer, "ImageID", containerFacts?.ImageId ?? container.ImageId);
            WritePorts(writer, task, container, DefinitionOf(entry, container));
            WriteNetworks(writer, task, containerFacts, detailed: false);
            WriteVolumes(writer, containerFacts);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static ContainerFacts? FactsOf(IReadOnlyDictionary<string, ContainerFacts?> facts, LocalContainer container) =>
        container.RuntimeId is { } id && facts.TryGetValue(id, out var found) ? found : null;

    private static ContainerDefinition? DefinitionOf(TaskEntry entry, LocalContainer container) =>
        entry.Definition.ContainerDefinitions.FirstOrDefault(d => d.Name == container.Name);

    /// <summary>The container's Docker labels from its definition and the ECS labels the agent adds (which win), sorted as Go writes maps.</summary>
    private static SortedDictionary<string, string> LabelsOf(LocalTask task, LocalContainer container, ContainerDefinition? definition)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in definition?.DockerLabels ?? new Dictionary<string, string>())
        {
            labels[key] = value;
        }
        labels[Labels.EcsCluster] = task.Cluster;
        labels[Labels.EcsContainerName] = container.Name;
        labels[Labels.EcsTaskArn] = task.TaskArn;
        labels[Labels.EcsFamily] = task.Family;
        labels[Labels.EcsVersion] = task.Revision.ToString(CultureInfo.InvariantCulture);
        return labels;
    }

    private static void WritePorts(Utf8JsonWriter writer, LocalTask task, LocalContainer container, ContainerDefinition? definition)
    {
        var ports = new List<(int ContainerPort, string Protocol, int HostPort, string? HostIp)>();
        if (task.NetworkMode == Awsvpc)
        {
            // The task's interface has the ports themselves: ECS reports host port = container port, no host address,
            // whatever the local target publishes on this machine to reach them.
            foreach (var mapping in definition?.PortMappings ?? [])
            {
                if (mapping.ContainerPort is { } port)
                {
                    ports.Add((port, (mapping.Protocol ?? TransportProtocol.Tcp).ToEcsString(), port, null));
                }
            }
        }
        else
        {
            ports.AddRange(container.NetworkBindings.Select(b => (b.ContainerPort, b.Protocol, b.HostPort, (string?)b.BindIP)));
        }
        if (ports.Count == 0)
        {
            return;
        }
        writer.WriteStartArray("Ports");
        foreach (var (containerPort, protocol, hostPort, hostIp) in ports)
        {
            writer.WriteStartObject();
            writer.WriteNumber("ContainerPort", containerPort);
            writer.WriteString("Protocol", protocol);
            writer.WriteNumber("HostPort", hostPort);
            WriteIf(writer, "HostIp", hostIp);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteHealth(Utf8JsonWriter writer, LocalContainer container, HealthProbe? probe)
    {
        writer.WriteStartObject("Health");
        writer.WriteString("status", container.HealthStatus);
        WriteIf(writer, "statusSince", probe?.End);
        if (probe is { ExitCode: not 0 })
        {
            writer.WriteNumber("exitCode", probe.ExitCode);
        }
        WriteIf(writer, "output", probe?.Output);
        writer.WriteEndObject();
    }

    private static void WriteVolumes(Utf8JsonWriter writer, ContainerFacts? facts)
    {
        if (facts is not { Volumes.Count: > 0 })
        {
            return;
        }
        writer.WriteStartArray("Volumes");
        foreach (var volume in facts.Volumes)
        {
            writer.WriteStartObject();
            WriteIf(writer, "DockerName", volume.Name);
            WriteIf(writer, "Source", volume.Source);
            writer.WriteString("Destination", volume.Destination);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    // detailed: v4 adds the interface's details for awsvpc tasks (MAC, subnet, gateway).
    private static void WriteNetworks(Utf8JsonWriter writer, LocalTask task, ContainerFacts? facts, bool detailed)
    {
        if (facts?.Networks is not { } networks)
        {
            return;
        }
        var awsvpc = task.NetworkMode == Awsvpc;
        writer.WriteStartArray("Networks");
        if (networks.Count == 0)
        {
            // host and none mode, or a stopped container: the mode is known, an address is not.
            writer.WriteStartObject();
            writer.WriteString("NetworkMode", task.NetworkMode);
            writer.WriteEndObject();
        }
        // An awsvpc task has one interface (the pause container's), which ECS lists as the task's one network.
        foreach (var network in awsvpc ? networks.Take(1) : networks)
        {
            writer.WriteStartObject();
            writer.WriteString("NetworkMode", task.NetworkMode);
            writer.WriteStartArray("IPv4Addresses");
            writer.WriteStringValue(network.IPv4Address);
            writer.WriteEndArray();
            if (detailed && awsvpc)
            {
                writer.WriteNumber("AttachmentIndex", 0);
                WriteIf(writer, "MACAddress", network.MacAddress);
                WriteIf(writer, "IPv4SubnetCIDRBlock", SubnetOf(network));
                WriteIf(writer, "SubnetGatewayIpv4Address", network.Gateway is { } gateway ? $"{gateway}/{network.PrefixLength}" : null);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The network address of the attachment's subnet in CIDR form (172.18.0.0/16 for 172.18.0.5/16).</summary>
    internal static string? SubnetOf(NetworkAttachment network)
    {
        if (!IPAddress.TryParse(network.IPv4Address, out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork
            || network.PrefixLength is < 0 or > 32)
        {
            return null;
        }
        var bytes = address.GetAddressBytes();
        for (var bit = network.PrefixLength; bit < 32; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }
        return $"{new IPAddress(bytes)}/{network.PrefixLength}";
    }

    private static void WriteMap(Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, string>>? map)
    {
        var entries = map?.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        if (entries is not { Count: > 0 })
        {
            return;
        }
        writer.WriteStartObject(name);
        foreach (var (key, value) in entries)
        {
            writer.WriteString(key, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, Rfc3339.Format(time));
        }
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
