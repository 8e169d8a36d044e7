using CsCheck;
using static EcsKit.Tests.Json.GenValues;

namespace EcsKit.Tests.Json;

/// <summary>Generators of random valid task definitions covering most members of the ECS model.</summary>
internal static class TaskDefinitionGenerators
{
    public static readonly Gen<Tag> Tag =
        Gen.Select(Name.OrNull(), Text.OrNull(), Future, (key, value, future) => new Tag { Key = key, Value = value, AdditionalMembers = future });

    public static readonly Gen<Secret> Secret =
        Gen.Select(Name, Arn, (name, valueFrom) => new Secret { Name = name, ValueFrom = valueFrom });

    public static readonly Gen<LogConfiguration> LogConfiguration =
        Gen.Select(Gen.Enum<LogDriver>(), Map.OrNull(), Secret.ListOrNull(), Future,
            (driver, options, secretOptions, future) => new LogConfiguration
            {
                LogDriver = driver,
                Options = options,
                SecretOptions = secretOptions,
                AdditionalMembers = future,
            });

    private static readonly Gen<PortMapping> PortMapping =
        Gen.Select(Port.OrAbsent(), Port.OrAbsent(), Gen.Enum<TransportProtocol>().OrAbsent(), Name.OrNull(),
            Gen.Enum<ApplicationProtocol>().OrAbsent(), Gen.OneOf("8000-8010", "9000-9001").OrNull(), Future,
            (containerPort, hostPort, protocol, name, appProtocol, range, future) => new PortMapping
            {
                ContainerPort = containerPort,
                HostPort = hostPort,
                Protocol = protocol,
                Name = name,
                AppProtocol = appProtocol,
                ContainerPortRange = range,
                AdditionalMembers = future,
            });

    private static readonly Gen<EnvironmentVariable> Environment =
        Gen.Select(Name.OrNull(), Text.OrNull(), (name, value) => new EnvironmentVariable { Name = name, Value = value });

    private static readonly Gen<HealthCheck> HealthCheck =
        Gen.Select(Gen.OneOf("CMD", "CMD-SHELL").Select(Text.Array[0, 2], (first, rest) => (IReadOnlyList<string>)[first, .. rest]),
            AnyInt.OrAbsent(), AnyInt.OrAbsent(), AnyInt.OrAbsent(), AnyInt.OrAbsent(), Future,
            (command, interval, timeout, retries, startPeriod, future) => new HealthCheck
            {
                Command = command,
                Interval = interval,
                Timeout = timeout,
                Retries = retries,
                StartPeriod = startPeriod,
                AdditionalMembers = future,
            });

    private static readonly Gen<ContainerDependency> Dependency =
        Gen.Select(Name, Gen.Enum<ContainerCondition>(), (name, condition) => new ContainerDependency { ContainerName = name, Condition = condition });

    private static readonly Gen<MountPoint> MountPoint =
        Gen.Select(Name.OrNull(), Text.OrNull(), Gen.Bool.OrAbsent(),
            (source, path, readOnly) => new MountPoint { SourceVolume = source, ContainerPath = path, ReadOnly = readOnly });

    private static readonly Gen<Ulimit> Ulimit =
        Gen.Select(Gen.Enum<UlimitName>(), AnyInt, AnyInt, (name, soft, hard) => new Ulimit { Name = name, SoftLimit = soft, HardLimit = hard });

    private static readonly Gen<LinuxParameters> LinuxParameters =
        Gen.Select(
            Gen.Select(Name.ListOrNull(), Name.ListOrNull(), (add, drop) => new KernelCapabilities { Add = add, Drop = drop }).OrNull(),
            Gen.Select(Text, Text.OrNull(), Gen.Enum<DeviceCgroupPermission>().ListOrNull(),
                (host, container, permissions) => new Device { HostPath = host, ContainerPath = container, Permissions = permissions }).ListOrNull(2),
            Gen.Bool.OrAbsent(),
            AnyInt.OrAbsent(),
            Gen.Select(Text, AnyInt, Name.ListOrNull(), (path, size, options) => new Tmpfs { ContainerPath = path, Size = size, MountOptions = options }).ListOrNull(2),
            AnyInt.OrAbsent(),
            Gen.Int[0, 100].OrAbsent(),
            (capabilities, devices, init, sharedMemory, tmpfs, maxSwap, swappiness) => new LinuxParameters
            {
                Capabilities = capabilities,
                Devices = devices,
                InitProcessEnabled = init,
                SharedMemorySize = sharedMemory,
                Tmpfs = tmpfs,
                MaxSwap = maxSwap,
                Swappiness = swappiness,
            });

    private static readonly Gen<ContainerDefinition> ContainerCore =
        Gen.Select(Name.OrNull(), Text.OrNull(), AnyInt.OrAbsent(), AnyInt.OrAbsent(), AnyInt.OrAbsent(), Gen.Bool.OrAbsent(),
            PortMapping.ListOrNull(), Environment.ListOrNull(), Secret.ListOrNull(), Text.ListOrNull(), Text.ListOrNull(), Future,
            (name, image, cpu, memory, reservation, essential, ports, environment, secrets, entryPoint, command, future) => new ContainerDefinition
            {
                Name = name,
                Image = image,
                Cpu = cpu,
                Memory = memory,
                MemoryReservation = reservation,
                Essential = essential,
                PortMappings = ports,
                Environment = environment,
                Secrets = secrets,
                EntryPoint = entryPoint,
                Command = command,
                AdditionalMembers = future,
            });

    private static readonly Gen<ContainerDefinition> ContainerWithRuntime =
        Gen.Select(ContainerCore, HealthCheck.OrNull(), Dependency.ListOrNull(), LogConfiguration.OrNull(), MountPoint.ListOrNull(),
            Ulimit.ListOrNull(), LinuxParameters.OrNull(), Map.OrNull(),
            Gen.Select(Name.OrNull(), Gen.Bool.OrAbsent(), (source, readOnly) => new VolumeFrom { SourceContainer = source, ReadOnly = readOnly }).ListOrNull(),
            Gen.Select(Gen.Bool, AnyInt.ListOrNull(), AnyInt.OrAbsent(),
                (enabled, codes, period) => new ContainerRestartPolicy { Enabled = enabled, IgnoredExitCodes = codes, RestartAttemptPeriod = period }).OrNull(),
            Gen.Select(Gen.Enum<FirelensConfigurationType>(), Map.OrNull(), (type, options) => new FirelensConfiguration { Type = type, Options = options }).OrNull(),
            (container, healthCheck, dependsOn, log, mounts, ulimits, linux, labels, volumesFrom, restart, firelens) => container with
            {
                HealthCheck = healthCheck,
                DependsOn = dependsOn,
                LogConfiguration = log,
                MountPoints = mounts,
                Ulimits = ulimits,
                LinuxParameters = linux,
                DockerLabels = labels,
                VolumesFrom = volumesFrom,
                RestartPolicy = restart,
                FirelensConfiguration = firelens,
            });

    public static readonly Gen<ContainerDefinition> Container =
        Gen.Select(ContainerWithRuntime,
            Gen.Select(Text.OrNull(), Text.OrNull(), Text.OrNull(), Gen.Bool.OrAbsent(), Gen.Bool.OrAbsent(), Gen.Bool.OrAbsent(), Gen.Bool.OrAbsent(), Gen.Bool.OrAbsent()),
            Gen.Select(Name.ListOrNull(), Name.ListOrNull(), Name.ListOrNull(), Name.ListOrNull(), Name.ListOrNull(), Name.ListOrNull()),
            Gen.Select(
                Gen.Select(Name, Gen.OneOf("10.0.0.1", "::1"), (host, ip) => new HostEntry { Hostname = host, IpAddress = ip }).ListOrNull(),
                Gen.Select(Name.OrNull(), Text.OrNull(), (ns, value) => new SystemControl { Namespace = ns, Value = value }).ListOrNull(),
                Gen.Select(Gen.OneOf("1", "2"), Gen.Enum<ResourceType>(), (value, type) => new ResourceRequirement { Value = value, Type = type }).ListOrNull(),
                Gen.Select(Arn, Gen.Enum<EnvironmentFileType>(), (value, type) => new EnvironmentFile { Value = value, Type = type }).ListOrNull(),
                AnyInt.OrAbsent(),
                AnyInt.OrAbsent(),
                Gen.Enum<VersionConsistency>().OrAbsent(),
                Arn.Select(arn => new RepositoryCredentials { CredentialsParameter = arn }).OrNull()),
            (container, flags, lists, more) => container with
            {
                Hostname = flags.Item1,
                User = flags.Item2,
                WorkingDirectory = flags.Item3,
                DisableNetworking = flags.Item4,
                Privileged = flags.Item5,
                ReadonlyRootFilesystem = flags.Item6,
                Interactive = flags.Item7,
                PseudoTerminal = flags.Item8,
                StartTimeout = more.Item5,
                Links = lists.Item1,
                DnsServers = lists.Item2,
                DnsSearchDomains = lists.Item3,
                DockerSecurityOptions = lists.Item4,
                CredentialSpecs = lists.Item5,
                ExtraHosts = more.Item1,
                SystemControls = more.Item2,
                ResourceRequirements = more.Item3,
                EnvironmentFiles = more.Item4,
                StopTimeout = more.Item6,
                VersionConsistency = more.Item7,
                RepositoryCredentials = more.Item8,
            });

    /// <summary>One volume of each kind ECS has: bind mount, Docker, EFS, FSx for Windows, S3 Files, configured at launch.</summary>
    public static readonly Gen<Volume> Volume = Gen.OneOf(
        Gen.Select(Name, Text.OrNull(), (name, path) => new Volume { Name = name, Host = new HostVolumeProperties { SourcePath = path } }),
        Gen.Select(Name, Gen.Enum<Scope>().OrAbsent(), Gen.Bool.OrAbsent(), Name.OrNull(), Map.OrNull(), Map.OrNull(),
            (name, scope, auto, driver, opts, labels) => new Volume
            {
                Name = name,
                DockerVolumeConfiguration = new DockerVolumeConfiguration { Scope = scope, Autoprovision = auto, Driver = driver, DriverOpts = opts, Labels = labels },
            }),
        Gen.Select(Name, Name, Text.OrNull(), Gen.Enum<EFSTransitEncryption>().OrAbsent(), Port.OrAbsent(),
            Gen.Select(Name.OrNull(), Gen.Enum<EFSAuthorizationConfigIAM>().OrAbsent(), (ap, iam) => new EFSAuthorizationConfig { AccessPointId = ap, Iam = iam }).OrNull(),
            (name, fs, root, encryption, port, auth) => new Volume
            {
                Name = name,
                EfsVolumeConfiguration = new EFSVolumeConfiguration
                {
                    FileSystemId = fs,
                    RootDirectory = root,
                    TransitEncryption = encryption,
                    TransitEncryptionPort = port,
                    AuthorizationConfig = auth,
                },
            }),
        Gen.Select(Name, Name, Text, Arn, Name, (name, fs, root, credentials, domain) => new Volume
        {
            Name = name,
            FsxWindowsFileServerVolumeConfiguration = new FSxWindowsFileServerVolumeConfiguration
            {
                FileSystemId = fs,
                RootDirectory = root,
                AuthorizationConfig = new FSxWindowsFileServerAuthorizationConfig { CredentialsParameter = credentials, Domain = domain },
            },
        }),
        Gen.Select(Name, Arn, Text.OrNull(), Port.OrAbsent(), Arn.OrNull(), (name, arn, root, port, accessPoint) => new Volume
        {
            Name = name,
            S3filesVolumeConfiguration = new S3FilesVolumeConfiguration
            {
                FileSystemArn = arn,
                RootDirectory = root,
                TransitEncryptionPort = port,
                AccessPointArn = accessPoint,
            },
        }),
        Gen.Select(Name, Future, (name, future) => new Volume { Name = name, ConfiguredAtLaunch = true, AdditionalMembers = future }));

    private static readonly Gen<TaskDefinition> Core =
        Gen.Select(Name, Arn.OrNull(), Arn.OrNull(), Gen.Enum<NetworkMode>().OrAbsent(), Container.NonEmptyList(), Volume.ListOrNull(4),
            Gen.Select(Gen.Enum<TaskDefinitionPlacementConstraintType>().OrAbsent(), Text.OrNull(),
                (type, expression) => new TaskDefinitionPlacementConstraint { Type = type, Expression = expression }).ListOrNull(),
            EnumListOrNull<Compatibility>(), Gen.OneOf("256", "1 vCPU", "0.25 vcpu").OrNull(), Gen.OneOf("512", "2 GB").OrNull(), Tag.ListOrNull(), Future,
            (family, taskRole, executionRole, networkMode, containers, volumes, constraints, compatibilities, cpu, memory, tags, future) => new TaskDefinition
            {
                Family = family,
                TaskRoleArn = taskRole,
                ExecutionRoleArn = executionRole,
                NetworkMode = networkMode,
                ContainerDefinitions = containers,
                Volumes = volumes,
                PlacementConstraints = constraints,
                RequiresCompatibilities = compatibilities,
                Cpu = cpu,
                Memory = memory,
                Tags = tags,
                AdditionalMembers = future,
            });

    public static readonly Gen<TaskDefinition> TaskDefinition =
        Gen.Select(Core, Gen.Enum<PidMode>().OrAbsent(), Gen.Enum<IpcMode>().OrAbsent(),
            Gen.Select(Gen.Enum<ProxyConfigurationType>().OrAbsent(), Name, Environment.ListOrNull(),
                (type, container, properties) => new ProxyConfiguration { Type = type, ContainerName = container, Properties = properties }).OrNull(),
            Gen.Select(Name, Name, (device, type) => new InferenceAccelerator { DeviceName = device, DeviceType = type }).ListOrNull(),
            Gen.Int[21, 200].Select(size => new EphemeralStorage { SizeInGiB = size }).OrNull(),
            Gen.Select(Gen.Enum<CPUArchitecture>().OrAbsent(), Gen.Enum<OSFamily>().OrAbsent(),
                (cpu, os) => new RuntimePlatform { CpuArchitecture = cpu, OperatingSystemFamily = os }).OrNull(),
            Gen.Bool.OrAbsent(),
            (definition, pid, ipc, proxy, accelerators, storage, platform, faultInjection) => definition with
            {
                PidMode = pid,
                IpcMode = ipc,
                ProxyConfiguration = proxy,
                InferenceAccelerators = accelerators,
                EphemeralStorage = storage,
                RuntimePlatform = platform,
                EnableFaultInjection = faultInjection,
            });
}
