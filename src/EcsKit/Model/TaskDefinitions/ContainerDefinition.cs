using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>One container of a task definition (model shape <c>ContainerDefinition</c>). Build one with <see cref="TaskDefinitionBuilder.Container"/>.</summary>
public sealed record ContainerDefinition : EcsObject
{
    /// <summary>ECS member <c>name</c> (string).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>ECS member <c>image</c> (string).</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>ECS member <c>repositoryCredentials</c> (structure).</summary>
    [JsonPropertyName("repositoryCredentials")]
    public RepositoryCredentials? RepositoryCredentials { get; init; }

    /// <summary>ECS member <c>cpu</c> (integer).</summary>
    [JsonPropertyName("cpu")]
    public int? Cpu { get; init; }

    /// <summary>ECS member <c>memory</c> (integer).</summary>
    [JsonPropertyName("memory")]
    public int? Memory { get; init; }

    /// <summary>ECS member <c>memoryReservation</c> (integer).</summary>
    [JsonPropertyName("memoryReservation")]
    public int? MemoryReservation { get; init; }

    /// <summary>ECS member <c>links</c> (list of string).</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<string>? Links { get; init; }

    /// <summary>ECS member <c>portMappings</c> (list of structure).</summary>
    [JsonPropertyName("portMappings")]
    public IReadOnlyList<PortMapping>? PortMappings { get; init; }

    /// <summary>ECS member <c>essential</c> (boolean).</summary>
    [JsonPropertyName("essential")]
    public bool? Essential { get; init; }

    /// <summary>ECS member <c>restartPolicy</c> (structure).</summary>
    [JsonPropertyName("restartPolicy")]
    public ContainerRestartPolicy? RestartPolicy { get; init; }

    /// <summary>ECS member <c>entryPoint</c> (list of string).</summary>
    [JsonPropertyName("entryPoint")]
    public IReadOnlyList<string>? EntryPoint { get; init; }

    /// <summary>ECS member <c>command</c> (list of string).</summary>
    [JsonPropertyName("command")]
    public IReadOnlyList<string>? Command { get; init; }

    /// <summary>ECS member <c>environment</c> (list of structure).</summary>
    [JsonPropertyName("environment")]
    public IReadOnlyList<EnvironmentVariable>? Environment { get; init; }

    /// <summary>ECS member <c>environmentFiles</c> (list of structure).</summary>
    [JsonPropertyName("environmentFiles")]
    public IReadOnlyList<EnvironmentFile>? EnvironmentFiles { get; init; }

    /// <summary>ECS member <c>mountPoints</c> (list of structure).</summary>
    [JsonPropertyName("mountPoints")]
    public IReadOnlyList<MountPoint>? MountPoints { get; init; }

    /// <summary>ECS member <c>volumesFrom</c> (list of structure).</summary>
    [JsonPropertyName("volumesFrom")]
    public IReadOnlyList<VolumeFrom>? VolumesFrom { get; init; }

    /// <summary>ECS member <c>linuxParameters</c> (structure).</summary>
    [JsonPropertyName("linuxParameters")]
    public LinuxParameters? LinuxParameters { get; init; }

    /// <summary>ECS member <c>secrets</c> (list of structure).</summary>
    [JsonPropertyName("secrets")]
    public IReadOnlyList<Secret>? Secrets { get; init; }

    /// <summary>ECS member <c>dependsOn</c> (list of structure).</summary>
    [JsonPropertyName("dependsOn")]
    public IReadOnlyList<ContainerDependency>? DependsOn { get; init; }

    /// <summary>ECS member <c>startTimeout</c> (integer).</summary>
    [JsonPropertyName("startTimeout")]
    public int? StartTimeout { get; init; }

    /// <summary>ECS member <c>stopTimeout</c> (integer).</summary>
    [JsonPropertyName("stopTimeout")]
    public int? StopTimeout { get; init; }

    /// <summary>ECS member <c>versionConsistency</c> (enum).</summary>
    [JsonPropertyName("versionConsistency")]
    public VersionConsistency? VersionConsistency { get; init; }

    /// <summary>ECS member <c>hostname</c> (string).</summary>
    [JsonPropertyName("hostname")]
    public string? Hostname { get; init; }

    /// <summary>ECS member <c>user</c> (string).</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>ECS member <c>workingDirectory</c> (string).</summary>
    [JsonPropertyName("workingDirectory")]
    public string? WorkingDirectory { get; init; }

    /// <summary>ECS member <c>disableNetworking</c> (boolean).</summary>
    [JsonPropertyName("disableNetworking")]
    public bool? DisableNetworking { get; init; }

    /// <summary>ECS member <c>privileged</c> (boolean).</summary>
    [JsonPropertyName("privileged")]
    public bool? Privileged { get; init; }

    /// <summary>ECS member <c>readonlyRootFilesystem</c> (boolean).</summary>
    [JsonPropertyName("readonlyRootFilesystem")]
    public bool? ReadonlyRootFilesystem { get; init; }

    /// <summary>ECS member <c>dnsServers</c> (list of string).</summary>
    [JsonPropertyName("dnsServers")]
    public IReadOnlyList<string>? DnsServers { get; init; }

    /// <summary>ECS member <c>dnsSearchDomains</c> (list of string).</summary>
    [JsonPropertyName("dnsSearchDomains")]
    public IReadOnlyList<string>? DnsSearchDomains { get; init; }

    /// <summary>ECS member <c>extraHosts</c> (list of structure).</summary>
    [JsonPropertyName("extraHosts")]
    public IReadOnlyList<HostEntry>? ExtraHosts { get; init; }

    /// <summary>ECS member <c>dockerSecurityOptions</c> (list of string).</summary>
    [JsonPropertyName("dockerSecurityOptions")]
    public IReadOnlyList<string>? DockerSecurityOptions { get; init; }

    /// <summary>ECS member <c>interactive</c> (boolean).</summary>
    [JsonPropertyName("interactive")]
    public bool? Interactive { get; init; }

    /// <summary>ECS member <c>pseudoTerminal</c> (boolean).</summary>
    [JsonPropertyName("pseudoTerminal")]
    public bool? PseudoTerminal { get; init; }

    /// <summary>ECS member <c>dockerLabels</c> (map).</summary>
    [JsonPropertyName("dockerLabels")]
    public IReadOnlyDictionary<string, string>? DockerLabels { get; init; }

    /// <summary>ECS member <c>ulimits</c> (list of structure).</summary>
    [JsonPropertyName("ulimits")]
    public IReadOnlyList<Ulimit>? Ulimits { get; init; }

    /// <summary>ECS member <c>logConfiguration</c> (structure).</summary>
    [JsonPropertyName("logConfiguration")]
    public LogConfiguration? LogConfiguration { get; init; }

    /// <summary>ECS member <c>healthCheck</c> (structure).</summary>
    [JsonPropertyName("healthCheck")]
    public HealthCheck? HealthCheck { get; init; }

    /// <summary>ECS member <c>systemControls</c> (list of structure).</summary>
    [JsonPropertyName("systemControls")]
    public IReadOnlyList<SystemControl>? SystemControls { get; init; }

    /// <summary>ECS member <c>resourceRequirements</c> (list of structure).</summary>
    [JsonPropertyName("resourceRequirements")]
    public IReadOnlyList<ResourceRequirement>? ResourceRequirements { get; init; }

    /// <summary>ECS member <c>firelensConfiguration</c> (structure).</summary>
    [JsonPropertyName("firelensConfiguration")]
    public FirelensConfiguration? FirelensConfiguration { get; init; }

    /// <summary>ECS member <c>credentialSpecs</c> (list of string).</summary>
    [JsonPropertyName("credentialSpecs")]
    public IReadOnlyList<string>? CredentialSpecs { get; init; }
}
