using EcsKit.Rules;

namespace EcsKit;

/// <summary>Turns model records into the facts the rules read. Every value of a record is known or absent.</summary>
internal static class ModelFacts
{
    public static TaskFacts Task(TaskDefinition definition, string path = JsonPathText.Root)
    {
        var facts = new TaskFacts
        {
            Path = path,
            Family = definition.Family,
            NetworkMode = Enum(definition.NetworkMode),
            RequiresCompatibilities = Strings(definition.RequiresCompatibilities?.Select(c => c.ToEcsString())),
            Cpu = Fact.From(definition.Cpu),
            Memory = Fact.From(definition.Memory),
            TaskRoleArn = Fact.From(definition.TaskRoleArn),
            ExecutionRoleArn = Fact.From(definition.ExecutionRoleArn),
            PidMode = Enum(definition.PidMode),
            IpcMode = Enum(definition.IpcMode),
            OperatingSystemFamily = Enum(definition.RuntimePlatform?.OperatingSystemFamily),
            CpuArchitecture = Enum(definition.RuntimePlatform?.CpuArchitecture),
            PlacementConstraints = List(definition.PlacementConstraints, JsonPathText.Property(path, "placementConstraints"),
                (c, p) => new PlacementConstraintFacts { Path = p, Type = Enum(c.Type), Expression = Fact.From(c.Expression) }),
            Containers = List(definition.ContainerDefinitions, JsonPathText.Property(path, "containerDefinitions"), Container),
            Volumes = List(definition.Volumes, JsonPathText.Property(path, "volumes"), (v, p) => new VolumeFacts
            {
                Path = p,
                Name = Fact.From(v.Name),
                HasHost = v.Host is not null,
                HasDockerVolumeConfiguration = v.DockerVolumeConfiguration is not null,
                HasEfsVolumeConfiguration = v.EfsVolumeConfiguration is not null,
                HasFsxWindowsFileServerVolumeConfiguration = v.FsxWindowsFileServerVolumeConfiguration is not null,
            }),
        };
        return facts;
    }

    public static ServiceFacts Service(Service service, TaskFacts? task, string path = JsonPathText.Root) => new()
    {
        Path = path,
        Name = service.ServiceName,
        Cluster = Fact.From(service.Cluster),
        TaskDefinition = Fact.From(service.TaskDefinition),
        Task = task,
        DesiredCount = Fact.From(service.DesiredCount),
        LaunchType = Enum(service.LaunchType),
        CapacityProviders = Strings(service.CapacityProviderStrategy?.Select(c => c.CapacityProvider)),
        PlatformVersion = Fact.From(service.PlatformVersion),
        SchedulingStrategy = Enum(service.SchedulingStrategy),
        HasNetworkConfiguration = service.NetworkConfiguration?.AwsvpcConfiguration is not null,
        MinimumHealthyPercent = Fact.From(service.DeploymentConfiguration?.MinimumHealthyPercent),
        MaximumPercent = Fact.From(service.DeploymentConfiguration?.MaximumPercent),
        DeploymentController = Enum(service.DeploymentController?.Type),
        PlacementConstraints = List(service.PlacementConstraints, JsonPathText.Property(path, "placementConstraints"),
            (c, p) => new PlacementConstraintFacts { Path = p, Type = Enum(c.Type), Expression = Fact.From(c.Expression) }),
        LoadBalancers = List(service.LoadBalancers, JsonPathText.Property(path, "loadBalancers"), (lb, p) => new LoadBalancerFacts
        {
            Path = p,
            TargetGroupArn = Fact.From(lb.TargetGroupArn),
            LoadBalancerName = Fact.From(lb.LoadBalancerName),
            ContainerName = Fact.From(lb.ContainerName),
            ContainerPort = Fact.From(lb.ContainerPort),
        }),
    };

    /// <summary>
    /// The facts of a whole application. Paths name each resource the way <c>synth</c> lays them out:
    /// <c>taskDefinitions['web']</c>, <c>clusters['main'].services['web']</c>.
    /// </summary>
    public static AppFacts App(EcsApp app)
    {
        var tasks = app.TaskDefinitions.ToDictionary(t => t.Family, t => Task(t, AppPaths.TaskDefinition(t.Family)), StringComparer.Ordinal);
        var facts = new AppFacts { TaskDefinitions = new FactList<TaskFacts>(tasks.Values) };
        foreach (var cluster in app.Clusters)
        {
            var name = cluster.ClusterName!;
            var services = app.Services
                .Where(s => s.Cluster == name)
                .Select(s => Service(s, app.TaskDefinitionOf(s) is { } t ? tasks[t.Family] : null, AppPaths.Service(name, s.ServiceName)));
            facts.Clusters.Add(new ClusterFacts { Path = AppPaths.Cluster(name), Name = name, Services = new FactList<ServiceFacts>(services) });
        }
        return facts;
    }

    private static ContainerFacts Container(ContainerDefinition c, string path) => new()
    {
        Path = path,
        Name = Fact.From(c.Name),
        Image = Fact.From(c.Image),
        Essential = Fact.From(c.Essential),
        Cpu = Fact.From(c.Cpu),
        Memory = Fact.From(c.Memory),
        MemoryReservation = Fact.From(c.MemoryReservation),
        PortMappings = List(c.PortMappings, JsonPathText.Property(path, "portMappings"), (m, p) => new PortFacts
        {
            Path = p,
            ContainerPort = Fact.From(m.ContainerPort),
            HostPort = Fact.From(m.HostPort),
            Protocol = Enum(m.Protocol),
            ContainerPortRange = Fact.From(m.ContainerPortRange),
            Name = Fact.From(m.Name),
            AppProtocol = Enum(m.AppProtocol),
        }),
        EntryPoint = Strings(c.EntryPoint),
        EntryPointGiven = c.EntryPoint is not null,
        Command = Strings(c.Command),
        CommandGiven = c.Command is not null,
        Environment = List(c.Environment, JsonPathText.Property(path, "environment"),
            (e, p) => new NameValueFacts { Path = p, Name = Fact.From(e.Name), Value = Fact.From(e.Value) }),
        EnvironmentFiles = List(c.EnvironmentFiles, JsonPathText.Property(path, "environmentFiles"),
            (e, p) => new EnvironmentFileFacts { Path = p, Value = e.Value, Type = e.Type.ToEcsString() }),
        Secrets = Secrets(c.Secrets, JsonPathText.Property(path, "secrets")),
        DependsOn = List(c.DependsOn, JsonPathText.Property(path, "dependsOn"),
            (d, p) => new DependencyFacts { Path = p, ContainerName = d.ContainerName, Condition = d.Condition.ToEcsString() }),
        MountPoints = List(c.MountPoints, JsonPathText.Property(path, "mountPoints"),
            (m, p) => new MountFacts { Path = p, SourceVolume = Fact.From(m.SourceVolume), ContainerPath = Fact.From(m.ContainerPath) }),
        Links = Strings(c.Links),
        Hostname = Fact.From(c.Hostname),
        User = Fact.From(c.User),
        Privileged = Fact.From(c.Privileged),
        ReadonlyRootFilesystem = Fact.From(c.ReadonlyRootFilesystem),
        DisableNetworking = Fact.From(c.DisableNetworking),
        DnsServers = Strings(c.DnsServers),
        DnsSearchDomains = Strings(c.DnsSearchDomains),
        ExtraHosts = Strings(c.ExtraHosts?.Select(h => h.Hostname)),
        DockerSecurityOptions = Strings(c.DockerSecurityOptions),
        ResourceRequirements = List(c.ResourceRequirements, JsonPathText.Property(path, "resourceRequirements"),
            (r, p) => new NameValueFacts { Path = p, Name = r.Type.ToEcsString(), Value = r.Value }),
        StartTimeout = Fact.From(c.StartTimeout),
        StopTimeout = Fact.From(c.StopTimeout),
        HealthCheck = c.HealthCheck is { } h ? new HealthCheckFacts
        {
            Path = JsonPathText.Property(path, "healthCheck"),
            Command = Strings(h.Command),
            Interval = Fact.From(h.Interval),
            Timeout = Fact.From(h.Timeout),
            Retries = Fact.From(h.Retries),
            StartPeriod = Fact.From(h.StartPeriod),
        } : null,
        LinuxParameters = c.LinuxParameters is { } l ? new LinuxFacts
        {
            Path = JsonPathText.Property(path, "linuxParameters"),
            InitProcessEnabled = Fact.From(l.InitProcessEnabled),
            CapabilitiesAdd = Strings(l.Capabilities?.Add),
            CapabilitiesDrop = Strings(l.Capabilities?.Drop),
            DeviceCount = l.Devices?.Count ?? 0,
            SharedMemorySize = Fact.From(l.SharedMemorySize),
            TmpfsCount = l.Tmpfs?.Count ?? 0,
            MaxSwap = Fact.From(l.MaxSwap),
            Swappiness = Fact.From(l.Swappiness),
        } : null,
        LogConfiguration = c.LogConfiguration is { } log ? Log(log, JsonPathText.Property(path, "logConfiguration")) : null,
        RestartPolicy = c.RestartPolicy is { } r ? new RestartPolicyFacts
        {
            Path = JsonPathText.Property(path, "restartPolicy"),
            Enabled = r.Enabled,
            IgnoredExitCodes = new FactList<Fact<int>>(r.IgnoredExitCodes?.Select(Fact<int>.Of)),
            RestartAttemptPeriod = Fact.From(r.RestartAttemptPeriod),
        } : null,
        RepositoryCredentials = Fact.From(c.RepositoryCredentials?.CredentialsParameter),
    };

    private static LogFacts Log(LogConfiguration log, string path)
    {
        var facts = new LogFacts
        {
            Path = path,
            LogDriver = log.LogDriver.ToEcsString(),
            SecretOptions = Secrets(log.SecretOptions, JsonPathText.Property(path, "secretOptions")),
        };
        foreach (var (name, value) in log.Options ?? new Dictionary<string, string>())
        {
            facts.Options[name] = value;
        }
        return facts;
    }

    private static FactList<NameValueFacts> Secrets(IReadOnlyList<Secret>? secrets, string path) =>
        List(secrets, path, (s, p) => new NameValueFacts { Path = p, Name = s.Name, Value = s.ValueFrom });

    private static FactList<TFacts> List<T, TFacts>(IReadOnlyList<T>? items, string path, Func<T, string, TFacts> map) =>
        new((items ?? []).Select((item, i) => map(item, JsonPathText.Index(path, i))));

    private static FactList<Fact<string>> Strings(IEnumerable<string>? values) => new((values ?? []).Select(Fact<string>.Of));

    private static Fact<string> Enum<TEnum>(TEnum? value) where TEnum : struct, System.Enum =>
        value is { } v ? v.ToEcsString() : Fact<string>.Absent;
}
