namespace EcsKit;

/// <summary>
/// Configures one container of a task definition. Each method sets one ECS member of
/// <see cref="ContainerDefinition"/>; <see cref="With"/> reaches any member directly.
/// </summary>
public sealed partial class ContainerBuilder
{
    private ContainerDefinition _container;

    internal ContainerBuilder(ContainerDefinition container) => _container = container;

    /// <summary>The container's name.</summary>
    public string Name => _container.Name!;

    internal ContainerDefinition Build() => _container;

    private string Owner => $"Container '{_container.Name}'";

    /// <summary>Changes any member of the container definition, for the ECS fields without a shortcut here.</summary>
    /// <example><c>c.With(x =&gt; x with { Hostname = "api" })</c></example>
    public ContainerBuilder With(Func<ContainerDefinition, ContainerDefinition> change)
    {
        _container = Change.Apply(_container, change, Owner, c => c.Name, "rename the container; declare another container instead");
        return this;
    }

    /// <summary>The image (<c>image</c>), for example <c>public.ecr.aws/nginx/nginx:1.27</c>.</summary>
    public ContainerBuilder Image(string image) =>
        With(c => c with { Image = Guard.NotEmpty(image, Owner, nameof(image)) });

    /// <summary>The command (<c>command</c>), one argument per string, as Docker's exec form.</summary>
    public ContainerBuilder Command(params string[] command) => With(c => c with { Command = [.. command] });

    /// <summary>The entry point (<c>entryPoint</c>), one argument per string.</summary>
    public ContainerBuilder EntryPoint(params string[] entryPoint) => With(c => c with { EntryPoint = [.. entryPoint] });

    /// <summary>Whether the task stops when this container stops (<c>essential</c>; ECS's default is true).</summary>
    public ContainerBuilder Essential(bool essential = true) => With(c => c with { Essential = essential });

    /// <summary>CPU units reserved for the container (<c>cpu</c>; 1024 units are one vCPU).</summary>
    public ContainerBuilder Cpu(int units) => With(c => c with { Cpu = units });

    /// <summary>Hard memory limit in MiB (<c>memory</c>): the container is killed above it.</summary>
    public ContainerBuilder Memory(int mebibytes) => With(c => c with { Memory = Guard.Positive(mebibytes, Owner, nameof(mebibytes)) });

    /// <summary>Soft memory limit in MiB (<c>memoryReservation</c>).</summary>
    public ContainerBuilder MemoryReservation(int mebibytes) =>
        With(c => c with { MemoryReservation = Guard.Positive(mebibytes, Owner, nameof(mebibytes)) });

    /// <summary>The user to run as (<c>user</c>), such as <c>1000</c>, <c>app</c> or <c>1000:1000</c>.</summary>
    public ContainerBuilder User(string user) => With(c => c with { User = Guard.NotEmpty(user, Owner, nameof(user)) });

    /// <summary>The working directory (<c>workingDirectory</c>).</summary>
    public ContainerBuilder WorkingDirectory(string path) => With(c => c with { WorkingDirectory = Guard.NotEmpty(path, Owner, nameof(path)) });

    /// <summary>The container's host name (<c>hostname</c>; not allowed in awsvpc mode).</summary>
    public ContainerBuilder Hostname(string hostname) => With(c => c with { Hostname = Guard.NotEmpty(hostname, Owner, nameof(hostname)) });

    /// <summary>Mounts the root file system read-only (<c>readonlyRootFilesystem</c>).</summary>
    public ContainerBuilder ReadonlyRootFilesystem(bool readOnly = true) => With(c => c with { ReadonlyRootFilesystem = readOnly });

    /// <summary>Runs the container privileged (<c>privileged</c>; EC2 only).</summary>
    public ContainerBuilder Privileged(bool privileged = true) => With(c => c with { Privileged = privileged });

    /// <summary>Keeps stdin open (<c>interactive</c>).</summary>
    public ContainerBuilder Interactive(bool interactive = true) => With(c => c with { Interactive = interactive });

    /// <summary>Allocates a TTY (<c>pseudoTerminal</c>).</summary>
    public ContainerBuilder PseudoTerminal(bool pseudoTerminal = true) => With(c => c with { PseudoTerminal = pseudoTerminal });

    /// <summary>How long to wait for this container's dependencies before giving up (<c>startTimeout</c>).</summary>
    public ContainerBuilder StartTimeout(TimeSpan timeout) => With(c => c with { StartTimeout = Guard.Seconds(timeout, Owner, nameof(timeout)) });

    /// <summary>How long ECS waits after SIGTERM before it kills the container (<c>stopTimeout</c>).</summary>
    public ContainerBuilder StopTimeout(TimeSpan timeout) => With(c => c with { StopTimeout = Guard.Seconds(timeout, Owner, nameof(timeout)) });

    /// <summary>Adds a Docker label (<c>dockerLabels</c>).</summary>
    public ContainerBuilder DockerLabel(string key, string value) =>
        With(c => c with { DockerLabels = c.DockerLabels.With(Guard.NotEmpty(key, Owner, nameof(key)), value) });

    /// <summary>Adds an <c>/etc/hosts</c> entry (<c>extraHosts</c>).</summary>
    public ContainerBuilder ExtraHost(string hostname, string ipAddress) =>
        With(c => c with { ExtraHosts = c.ExtraHosts.Plus(new HostEntry { Hostname = hostname, IpAddress = ipAddress }) });

    /// <summary>Adds DNS servers (<c>dnsServers</c>).</summary>
    public ContainerBuilder DnsServers(params string[] servers) => With(c => c with { DnsServers = c.DnsServers.Plus(servers) });

    /// <summary>Adds DNS search domains (<c>dnsSearchDomains</c>).</summary>
    public ContainerBuilder DnsSearchDomains(params string[] domains) => With(c => c with { DnsSearchDomains = c.DnsSearchDomains.Plus(domains) });

    /// <summary>Links to other containers of the task (<c>links</c>; bridge mode only).</summary>
    public ContainerBuilder Links(params string[] links) => With(c => c with { Links = c.Links.Plus(links) });

    /// <summary>Sets a resource limit (<c>ulimits</c>).</summary>
    public ContainerBuilder Ulimit(UlimitName name, int softLimit, int hardLimit) =>
        With(c => c with { Ulimits = c.Ulimits.Upsert(u => u.Name == name, new Ulimit { Name = name, SoftLimit = softLimit, HardLimit = hardLimit }) });

    /// <summary>Sets a namespaced kernel parameter (<c>systemControls</c>), such as <c>net.core.somaxconn</c>.</summary>
    public ContainerBuilder SystemControl(string name, string value) =>
        With(c => c with { SystemControls = c.SystemControls.Plus(new SystemControl { Namespace = name, Value = value }) });

    /// <summary>Adds a Docker security option (<c>dockerSecurityOptions</c>), such as <c>no-new-privileges</c>.</summary>
    public ContainerBuilder DockerSecurityOption(string option) =>
        With(c => c with { DockerSecurityOptions = c.DockerSecurityOptions.Plus(option) });

    /// <summary>Pulls the image with credentials from Secrets Manager (<c>repositoryCredentials</c>).</summary>
    public ContainerBuilder RepositoryCredentials(string secretArn) =>
        With(c => c with { RepositoryCredentials = new RepositoryCredentials { CredentialsParameter = Guard.NotEmpty(secretArn, Owner, nameof(secretArn)) } });

    /// <summary>Reserves GPUs for the container (<c>resourceRequirements</c> of type GPU).</summary>
    public ContainerBuilder Gpus(int count) =>
        With(c => c with
        {
            ResourceRequirements = c.ResourceRequirements.Upsert(r => r.Type == ResourceType.Gpu,
                new ResourceRequirement { Type = ResourceType.Gpu, Value = Guard.Positive(count, Owner, nameof(count)).ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        });

    /// <summary>Restarts the container in place when it exits (<c>restartPolicy</c>), instead of stopping the task.</summary>
    /// <param name="ignoredExitCodes">Exit codes that do not cause a restart.</param>
    /// <param name="attemptPeriod">How long the container must run before a restart is attempted (ECS default 300 s).</param>
    public ContainerBuilder RestartPolicy(IEnumerable<int>? ignoredExitCodes = null, TimeSpan? attemptPeriod = null) =>
        With(c => c with
        {
            RestartPolicy = new ContainerRestartPolicy
            {
                Enabled = true,
                IgnoredExitCodes = ignoredExitCodes?.ToList(),
                RestartAttemptPeriod = attemptPeriod is { } period ? Guard.Seconds(period, Owner, nameof(attemptPeriod)) : null,
            },
        });

    /// <summary>Waits for another container of the task to reach <paramref name="condition"/> before this one starts (<c>dependsOn</c>).</summary>
    public ContainerBuilder DependsOn(string containerName, ContainerCondition condition = ContainerCondition.Start) =>
        With(c => c with
        {
            DependsOn = c.DependsOn.Upsert(d => d.ContainerName == containerName,
                new ContainerDependency { ContainerName = Guard.NotEmpty(containerName, Owner, nameof(containerName)), Condition = condition }),
        });
}
