namespace EcsKit.Rules;

/// <summary>A container definition as the rules see it.</summary>
internal sealed class ContainerFacts
{
    /// <summary>The JSON path of the container, such as <c>$.containerDefinitions[1]</c>.</summary>
    public string Path { get; set; } = "";

    public Fact<string> Name { get; set; }

    public Fact<string> Image { get; set; }

    /// <summary>Whether the container is essential; absent means essential (ECS's default).</summary>
    public Fact<bool> Essential { get; set; }

    public Fact<int> Cpu { get; set; }

    public Fact<int> Memory { get; set; }

    public Fact<int> MemoryReservation { get; set; }

    public FactList<PortFacts> PortMappings { get; set; } = new();

    /// <summary>The entry point; <see cref="FactList{T}.IsComplete"/> false or the whole list absent are told apart by <see cref="EntryPointGiven"/>.</summary>
    public FactList<Fact<string>> EntryPoint { get; set; } = new();

    public Fact<bool> EntryPointGiven { get; set; }

    public FactList<Fact<string>> Command { get; set; } = new();

    public Fact<bool> CommandGiven { get; set; }

    public FactList<NameValueFacts> Environment { get; set; } = new();

    public FactList<EnvironmentFileFacts> EnvironmentFiles { get; set; } = new();

    public FactList<NameValueFacts> Secrets { get; set; } = new();

    public FactList<DependencyFacts> DependsOn { get; set; } = new();

    public FactList<MountFacts> MountPoints { get; set; } = new();

    public FactList<Fact<string>> Links { get; set; } = new();

    public Fact<string> Hostname { get; set; }

    public Fact<string> User { get; set; }

    public Fact<bool> Privileged { get; set; }

    public Fact<bool> ReadonlyRootFilesystem { get; set; }

    public Fact<bool> DisableNetworking { get; set; }

    public FactList<Fact<string>> DnsServers { get; set; } = new();

    public FactList<Fact<string>> DnsSearchDomains { get; set; } = new();

    public FactList<Fact<string>> ExtraHosts { get; set; } = new();

    public FactList<Fact<string>> DockerSecurityOptions { get; set; } = new();

    /// <summary>Resource requirements as (type, value), such as (<c>GPU</c>, <c>1</c>).</summary>
    public FactList<NameValueFacts> ResourceRequirements { get; set; } = new();

    public Fact<int> StartTimeout { get; set; }

    public Fact<int> StopTimeout { get; set; }

    public HealthCheckFacts? HealthCheck { get; set; }

    public LinuxFacts? LinuxParameters { get; set; }

    public LogFacts? LogConfiguration { get; set; }

    public RestartPolicyFacts? RestartPolicy { get; set; }

    public Fact<string> RepositoryCredentials { get; set; }

    /// <summary>Essential unless known to be false.</summary>
    public bool IsEssential => !Essential.Is(false);

    public string Member(string name) => Path + "." + name;
}
