using System.Globalization;

namespace EcsKit;

/// <summary>
/// Configures a task definition. Each method sets one ECS member of <see cref="TaskDefinition"/>;
/// <see cref="With"/> reaches any member directly.
/// </summary>
public sealed class TaskDefinitionBuilder
{
    private TaskDefinition _definition;

    internal TaskDefinitionBuilder(TaskDefinition definition) => _definition = definition;

    /// <summary>The task definition's family.</summary>
    public string Family => _definition.Family;

    internal TaskDefinition Build() => _definition;

    private string Owner => $"Task definition '{_definition.Family}'";

    /// <summary>Changes any member of the task definition, for the ECS fields without a shortcut here.</summary>
    public TaskDefinitionBuilder With(Func<TaskDefinition, TaskDefinition> change)
    {
        _definition = Change.Apply(_definition, change, Owner, d => d.Family, "rename the family; declare another task definition from this one as a template");
        return this;
    }

    /// <summary>
    /// Runs on Fargate: <c>requiresCompatibilities</c> FARGATE, <c>networkMode</c> awsvpc and the task size.
    /// </summary>
    /// <param name="cpu">CPU units for the task: 256, 512, 1024, 2048, 4096, 8192 or 16384.</param>
    /// <param name="memoryMiB">Memory in MiB; which values are valid depends on <paramref name="cpu"/>.</param>
    public TaskDefinitionBuilder Fargate(int cpu, int memoryMiB) =>
        With(d => d with
        {
            RequiresCompatibilities = [Compatibility.Fargate],
            NetworkMode = EcsKit.NetworkMode.Awsvpc,
            Cpu = Guard.Positive(cpu, Owner, nameof(cpu)).ToString(CultureInfo.InvariantCulture),
            Memory = Guard.Positive(memoryMiB, Owner, nameof(memoryMiB)).ToString(CultureInfo.InvariantCulture),
        });

    /// <summary>Runs on EC2 container instances (<c>requiresCompatibilities</c> EC2) in <paramref name="networkMode"/>.</summary>
    public TaskDefinitionBuilder Ec2(NetworkMode networkMode = EcsKit.NetworkMode.Bridge) =>
        With(d => d with { RequiresCompatibilities = [Compatibility.Ec2], NetworkMode = networkMode });

    /// <summary>The network mode (<c>networkMode</c>).</summary>
    public TaskDefinitionBuilder NetworkMode(NetworkMode mode) => With(d => d with { NetworkMode = mode });

    /// <summary>The launch types the definition must be valid for (<c>requiresCompatibilities</c>).</summary>
    public TaskDefinitionBuilder RequiresCompatibilities(params Compatibility[] compatibilities) =>
        With(d => d with { RequiresCompatibilities = [.. compatibilities] });

    /// <summary>Task-level CPU units (<c>cpu</c>, written as a string as the API takes it).</summary>
    public TaskDefinitionBuilder Cpu(int units) =>
        With(d => d with { Cpu = Guard.Positive(units, Owner, nameof(units)).ToString(CultureInfo.InvariantCulture) });

    /// <summary>Task-level memory in MiB (<c>memory</c>, written as a string as the API takes it).</summary>
    public TaskDefinitionBuilder Memory(int mebibytes) =>
        With(d => d with { Memory = Guard.Positive(mebibytes, Owner, nameof(mebibytes)).ToString(CultureInfo.InvariantCulture) });

    /// <summary>The IAM role the containers' code runs as (<c>taskRoleArn</c>).</summary>
    public TaskDefinitionBuilder TaskRole(string roleArn) => With(d => d with { TaskRoleArn = Guard.NotEmpty(roleArn, Owner, nameof(roleArn)) });

    /// <summary>The IAM role ECS uses to pull images, read secrets and write logs (<c>executionRoleArn</c>).</summary>
    public TaskDefinitionBuilder ExecutionRole(string roleArn) => With(d => d with { ExecutionRoleArn = Guard.NotEmpty(roleArn, Owner, nameof(roleArn)) });

    /// <summary>CPU architecture and operating system (<c>runtimePlatform</c>).</summary>
    public TaskDefinitionBuilder RuntimePlatform(CPUArchitecture cpuArchitecture, OSFamily operatingSystemFamily = OSFamily.Linux) =>
        With(d => d with { RuntimePlatform = new RuntimePlatform { CpuArchitecture = cpuArchitecture, OperatingSystemFamily = operatingSystemFamily } });

    /// <summary>Fargate ephemeral storage in GiB (<c>ephemeralStorage</c>; 21 to 200).</summary>
    public TaskDefinitionBuilder EphemeralStorage(int gibibytes) =>
        With(d => d with { EphemeralStorage = new EphemeralStorage { SizeInGiB = Guard.Positive(gibibytes, Owner, nameof(gibibytes)) } });

    /// <summary>The process namespace (<c>pidMode</c>).</summary>
    public TaskDefinitionBuilder PidMode(PidMode mode) => With(d => d with { PidMode = mode });

    /// <summary>The IPC namespace (<c>ipcMode</c>).</summary>
    public TaskDefinitionBuilder IpcMode(IpcMode mode) => With(d => d with { IpcMode = mode });

    /// <summary>Allows fault injection requests from the task (<c>enableFaultInjection</c>).</summary>
    public TaskDefinitionBuilder EnableFaultInjection(bool enabled = true) => With(d => d with { EnableFaultInjection = enabled });

    /// <summary>Adds a placement constraint in cluster query language (<c>placementConstraints</c>, type memberOf).</summary>
    public TaskDefinitionBuilder PlacementConstraint(string expression) =>
        With(d => d with
        {
            PlacementConstraints = d.PlacementConstraints.Plus(new TaskDefinitionPlacementConstraint
            {
                Type = TaskDefinitionPlacementConstraintType.MemberOf,
                Expression = Guard.NotEmpty(expression, Owner, nameof(expression)),
            }),
        });

    /// <summary>Routes traffic through an App Mesh proxy container (<c>proxyConfiguration</c>).</summary>
    public TaskDefinitionBuilder AppMeshProxy(string containerName, IReadOnlyDictionary<string, string> properties) =>
        With(d => d with
        {
            ProxyConfiguration = new ProxyConfiguration
            {
                Type = ProxyConfigurationType.Appmesh,
                ContainerName = Guard.NotEmpty(containerName, Owner, nameof(containerName)),
                Properties = properties.Select(p => new EnvironmentVariable { Name = p.Key, Value = p.Value }).ToList(),
            },
        });

    /// <summary>Adds a tag (<c>tags</c>); setting a key again replaces its value.</summary>
    public TaskDefinitionBuilder Tag(string key, string value) =>
        With(d => d with { Tags = d.Tags.Upsert(t => t.Key == key, new Tag { Key = Guard.NotEmpty(key, Owner, nameof(key)), Value = value }) });

    /// <summary>
    /// Adds a container, or changes the container of that name when there is one already (as when this
    /// definition was started from a template).
    /// </summary>
    public TaskDefinitionBuilder Container(string name, Action<ContainerBuilder> configure)
    {
        Guard.Name(name, "container", nameof(name));
        ArgumentNullException.ThrowIfNull(configure);
        var existing = _definition.ContainerDefinitions.FirstOrDefault(c => c.Name == name);
        var builder = new ContainerBuilder(existing ?? new ContainerDefinition { Name = name });
        configure(builder);
        var container = builder.Build();
        return With(d => d with { ContainerDefinitions = d.ContainerDefinitions.Upsert(c => c.Name == name, container) });
    }

    /// <summary>Removes a container, for definitions started from a template.</summary>
    public TaskDefinitionBuilder RemoveContainer(string name)
    {
        if (!_definition.ContainerDefinitions.Any(c => c.Name == name))
        {
            throw new InvalidOperationException($"{Owner} has no container '{name}' to remove; it has {Names(_definition.ContainerDefinitions.Select(c => c.Name))}.");
        }
        return With(d => d with { ContainerDefinitions = [.. d.ContainerDefinitions.Where(c => c.Name != name)] });
    }

    /// <summary>Adds a bind-mount volume (<c>volumes</c> with <c>host</c>); without <paramref name="sourcePath"/> Docker manages the data.</summary>
    public TaskDefinitionBuilder HostVolume(string name, string? sourcePath = null) =>
        Volume(new Volume { Name = name, Host = sourcePath is null ? null : new HostVolumeProperties { SourcePath = sourcePath } });

    /// <summary>Adds a Docker volume (<c>volumes</c> with <c>dockerVolumeConfiguration</c>; EC2 only).</summary>
    /// <param name="name">The volume's name in the task.</param>
    /// <param name="scope"><see cref="Scope.Task"/> volumes go with the task; <see cref="Scope.Shared"/> ones outlive it.</param>
    /// <param name="autoprovision">Creates a shared volume when missing.</param>
    /// <param name="driver">The volume driver (Docker's default <c>local</c> when absent).</param>
    /// <param name="driverOptions">Options passed to the driver.</param>
    public TaskDefinitionBuilder DockerVolume(string name, Scope? scope = null, bool? autoprovision = null, string? driver = null, IReadOnlyDictionary<string, string>? driverOptions = null) =>
        Volume(new Volume
        {
            Name = name,
            DockerVolumeConfiguration = new DockerVolumeConfiguration
            {
                Scope = scope,
                Autoprovision = autoprovision,
                Driver = driver,
                DriverOpts = driverOptions is null ? null : new Dictionary<string, string>(driverOptions, StringComparer.Ordinal),
            },
        });

    /// <summary>Adds an Amazon EFS volume (<c>volumes</c> with <c>efsVolumeConfiguration</c>).</summary>
    /// <param name="name">The volume's name in the task.</param>
    /// <param name="fileSystemId">The file system, such as <c>fs-12345678</c>.</param>
    /// <param name="rootDirectory">The directory of the file system to mount (the root when absent; not with an access point).</param>
    /// <param name="accessPointId">An access point, which implies transit encryption.</param>
    /// <param name="useTaskRole">Authorizes with the task's IAM role (<c>iam</c> ENABLED).</param>
    /// <param name="transitEncryption">Encrypts traffic to EFS (required with an access point or IAM).</param>
    public TaskDefinitionBuilder EfsVolume(string name, string fileSystemId, string? rootDirectory = null, string? accessPointId = null, bool useTaskRole = false, bool? transitEncryption = null)
    {
        var encrypted = transitEncryption ?? (accessPointId is not null || useTaskRole ? true : null);
        return Volume(new Volume
        {
            Name = name,
            EfsVolumeConfiguration = new EFSVolumeConfiguration
            {
                FileSystemId = Guard.NotEmpty(fileSystemId, Owner, nameof(fileSystemId)),
                RootDirectory = rootDirectory,
                TransitEncryption = encrypted switch { true => EFSTransitEncryption.Enabled, false => EFSTransitEncryption.Disabled, null => null },
                AuthorizationConfig = accessPointId is null && !useTaskRole
                    ? null
                    : new EFSAuthorizationConfig { AccessPointId = accessPointId, Iam = useTaskRole ? EFSAuthorizationConfigIAM.Enabled : null },
            },
        });
    }

    /// <summary>Adds a volume of any kind (<c>volumes</c>); a volume of the same name is replaced.</summary>
    public TaskDefinitionBuilder Volume(Volume volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        Guard.Name(volume.Name, "volume", nameof(volume));
        return With(d => d with { Volumes = d.Volumes.Upsert(v => v.Name == volume.Name, volume) });
    }

    internal static string Names(IEnumerable<string?> names)
    {
        var list = names.Select(n => $"'{n}'").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
