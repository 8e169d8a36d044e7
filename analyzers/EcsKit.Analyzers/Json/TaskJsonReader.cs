using EcsKit.Rules;
using static EcsKit.Analyzers.Json.JsonValues;

namespace EcsKit.Analyzers.Json;

/// <summary>
/// The facts of a task definition written as ECS JSON, member by member as the runtime's model facts
/// (src/EcsKit/Validation/ModelFacts.cs) build them from the parsed model, with the same paths.
/// </summary>
internal static class TaskJsonReader
{
    public static TaskFacts Read(JsonNode t, string path) => new()
    {
        Path = path,
        Family = String(t["family"]),
        NetworkMode = String(t["networkMode"]),
        RequiresCompatibilities = Strings(t["requiresCompatibilities"]),
        Cpu = String(t["cpu"]),
        Memory = String(t["memory"]),
        TaskRoleArn = String(t["taskRoleArn"]),
        ExecutionRoleArn = String(t["executionRoleArn"]),
        PidMode = String(t["pidMode"]),
        IpcMode = String(t["ipcMode"]),
        OperatingSystemFamily = String(t["runtimePlatform"]?["operatingSystemFamily"]),
        CpuArchitecture = String(t["runtimePlatform"]?["cpuArchitecture"]),
        PlacementConstraints = Objects(t["placementConstraints"], JsonPaths.Property(path, "placementConstraints"), Constraint),
        Containers = Objects(t["containerDefinitions"], JsonPaths.Property(path, "containerDefinitions"), Container),
        Volumes = Objects(t["volumes"], JsonPaths.Property(path, "volumes"), (v, p) => new VolumeFacts
        {
            Path = p,
            Name = String(v["name"]),
            HasHost = IsObject(v["host"]),
            HasDockerVolumeConfiguration = IsObject(v["dockerVolumeConfiguration"]),
            HasEfsVolumeConfiguration = IsObject(v["efsVolumeConfiguration"]),
            HasFsxWindowsFileServerVolumeConfiguration = IsObject(v["fsxWindowsFileServerVolumeConfiguration"]),
        }),
    };

    public static PlacementConstraintFacts Constraint(JsonNode c, string path) =>
        new() { Path = path, Type = String(c["type"]), Expression = String(c["expression"]) };

    private static ContainerFacts Container(JsonNode c, string path) => new()
    {
        Path = path,
        Name = String(c["name"]),
        Image = String(c["image"]),
        Essential = Bool(c["essential"]),
        Cpu = Int(c["cpu"]),
        Memory = Int(c["memory"]),
        MemoryReservation = Int(c["memoryReservation"]),
        PortMappings = Objects(c["portMappings"], JsonPaths.Property(path, "portMappings"), (m, p) => new PortFacts
        {
            Path = p,
            ContainerPort = Int(m["containerPort"]),
            HostPort = Int(m["hostPort"]),
            Protocol = String(m["protocol"]),
            ContainerPortRange = String(m["containerPortRange"]),
            Name = String(m["name"]),
            AppProtocol = String(m["appProtocol"]),
        }),
        EntryPoint = Strings(c["entryPoint"]),
        EntryPointGiven = Given(c["entryPoint"]),
        Command = Strings(c["command"]),
        CommandGiven = Given(c["command"]),
        Environment = NameValues(c["environment"], JsonPaths.Property(path, "environment"), "name", "value"),
        EnvironmentFiles = Objects(c["environmentFiles"], JsonPaths.Property(path, "environmentFiles"),
            (e, p) => new EnvironmentFileFacts { Path = p, Value = String(e["value"]), Type = String(e["type"]) }),
        Secrets = NameValues(c["secrets"], JsonPaths.Property(path, "secrets"), "name", "valueFrom"),
        DependsOn = Objects(c["dependsOn"], JsonPaths.Property(path, "dependsOn"),
            (d, p) => new DependencyFacts { Path = p, ContainerName = String(d["containerName"]), Condition = String(d["condition"]) }),
        MountPoints = Objects(c["mountPoints"], JsonPaths.Property(path, "mountPoints"),
            (m, p) => new MountFacts { Path = p, SourceVolume = String(m["sourceVolume"]), ContainerPath = String(m["containerPath"]) }),
        Links = Strings(c["links"]),
        Hostname = String(c["hostname"]),
        User = String(c["user"]),
        Privileged = Bool(c["privileged"]),
        ReadonlyRootFilesystem = Bool(c["readonlyRootFilesystem"]),
        DisableNetworking = Bool(c["disableNetworking"]),
        DnsServers = Strings(c["dnsServers"]),
        DnsSearchDomains = Strings(c["dnsSearchDomains"]),
        ExtraHosts = MemberOfEach(c["extraHosts"], "hostname"),
        DockerSecurityOptions = Strings(c["dockerSecurityOptions"]),
        ResourceRequirements = NameValues(c["resourceRequirements"], JsonPaths.Property(path, "resourceRequirements"), "type", "value"),
        StartTimeout = Int(c["startTimeout"]),
        StopTimeout = Int(c["stopTimeout"]),
        HealthCheck = c["healthCheck"] is { Kind: JsonKind.Object } h ? new HealthCheckFacts
        {
            Path = JsonPaths.Property(path, "healthCheck"),
            Command = Strings(h["command"]),
            Interval = Int(h["interval"]),
            Timeout = Int(h["timeout"]),
            Retries = Int(h["retries"]),
            StartPeriod = Int(h["startPeriod"]),
        } : null,
        LinuxParameters = c["linuxParameters"] is { Kind: JsonKind.Object } l ? new LinuxFacts
        {
            Path = JsonPaths.Property(path, "linuxParameters"),
            InitProcessEnabled = Bool(l["initProcessEnabled"]),
            CapabilitiesAdd = Strings(l["capabilities"]?["add"]),
            CapabilitiesDrop = Strings(l["capabilities"]?["drop"]),
            DeviceCount = Count(l["devices"]),
            SharedMemorySize = Int(l["sharedMemorySize"]),
            TmpfsCount = Count(l["tmpfs"]),
            MaxSwap = Int(l["maxSwap"]),
            Swappiness = Int(l["swappiness"]),
        } : null,
        LogConfiguration = c["logConfiguration"] is { Kind: JsonKind.Object } log ? Log(log, JsonPaths.Property(path, "logConfiguration")) : null,
        RestartPolicy = c["restartPolicy"] is { Kind: JsonKind.Object } r ? new RestartPolicyFacts
        {
            Path = JsonPaths.Property(path, "restartPolicy"),
            Enabled = Bool(r["enabled"]),
            IgnoredExitCodes = Ints(r["ignoredExitCodes"]),
            RestartAttemptPeriod = Int(r["restartAttemptPeriod"]),
        } : null,
        RepositoryCredentials = String(c["repositoryCredentials"]?["credentialsParameter"]),
    };

    private static LogFacts Log(JsonNode log, string path)
    {
        var facts = new LogFacts
        {
            Path = path,
            LogDriver = String(log["logDriver"]),
            SecretOptions = NameValues(log["secretOptions"], JsonPaths.Property(path, "secretOptions"), "name", "valueFrom"),
        };
        facts.OptionsComplete = Map(log["options"], facts.Options);
        return facts;
    }

    private static FactList<NameValueFacts> NameValues(JsonNode? node, string path, string name, string value) =>
        Objects(node, path, (e, p) => new NameValueFacts { Path = p, Name = String(e[name]), Value = String(e[value]) });
}
