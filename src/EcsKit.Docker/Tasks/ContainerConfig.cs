// Docker.DotNet's models declare every member non-nullable, yet the engine reads a null member as "not set",
// which is what an ECS member left out means.
#nullable disable warnings
using System.Globalization;
using Docker.DotNet.Models;
using EcsModel = EcsKit;

namespace EcsKit.Docker.Tasks;

/// <summary>Maps an ECS container definition onto Docker's create-container parameters, the way the ECS agent does.</summary>
internal static class ContainerConfig
{
    private const long MiB = 1024 * 1024;

    // The ECS agent's defaults for a health check's members left out of the definition.
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(30), DefaultTimeout = TimeSpan.FromSeconds(5);
    private const int DefaultRetries = 3;

    public static CreateContainerParameters Create(ContainerLaunch launch)
    {
        var c = launch.Container;
        var joined = launch.NetworkMode.StartsWith("container:", StringComparison.Ordinal);
        var linux = c.LinuxParameters;
        var parameters = new CreateContainerParameters
        {
            Name = launch.DockerName,
            Image = c.Image,
            Cmd = c.Command?.ToList(),
            Entrypoint = c.EntryPoint?.ToList(),
            Env = [.. launch.EnvironmentFileEntries, .. (c.Environment ?? []).Where(e => e.Name is not null).Select(e => $"{e.Name}={e.Value}"), .. launch.Environment],
            Labels = Merge(c.DockerLabels, launch.Labels),
            User = c.User,
            WorkingDir = c.WorkingDirectory,
            // A joined container takes its name and address from the pause container; Docker refuses a hostname there.
            Hostname = joined ? null : c.Hostname,
            Healthcheck = HealthCheck(c.HealthCheck),
            StopTimeout = c.StopTimeout is int stop ? TimeSpan.FromSeconds(stop) : null,
            Tty = c.PseudoTerminal ?? false,
            OpenStdin = c.Interactive ?? false,
            ExposedPorts = launch.PortBindings.Count == 0 ? null : launch.PortBindings.Keys.ToDictionary(k => k, _ => default(EmptyStruct)),
            HostConfig = new HostConfig
            {
                NetworkMode = c.DisableNetworking == true ? "none" : launch.NetworkMode,
                PortBindings = launch.PortBindings.Count == 0 ? null : launch.PortBindings,
                Mounts = launch.Mounts.Count == 0 ? null : launch.Mounts.ToList(),
                Binds = launch.Binds.Count == 0 ? null : launch.Binds.ToList(),
                VolumesFrom = launch.VolumesFrom.Count == 0 ? null : launch.VolumesFrom.ToList(),
                CPUShares = c.Cpu is > 0 and var cpu ? Math.Max(cpu, 2) : 0,
                Memory = (c.Memory ?? 0) * MiB,
                MemoryReservation = (c.MemoryReservation ?? 0) * MiB,
                MemorySwap = linux?.MaxSwap is int swap && c.Memory is int hard ? (hard + swap) * MiB : 0,
                MemorySwappiness = linux?.Swappiness,
                Ulimits = c.Ulimits?.Select(u => new global::Docker.DotNet.Models.Ulimit { Name = u.Name.ToEcsString(), Soft = u.SoftLimit, Hard = u.HardLimit }).ToList(),
                CapAdd = linux?.Capabilities?.Add?.ToList(),
                CapDrop = linux?.Capabilities?.Drop?.ToList(),
                Init = linux?.InitProcessEnabled == true ? true : null,
                ShmSize = (linux?.SharedMemorySize ?? 0) * MiB,
                Tmpfs = linux?.Tmpfs?.ToDictionary(t => t.ContainerPath, TmpfsOptions),
                Devices = linux?.Devices?.Select(Device).ToList(),
                Privileged = c.Privileged ?? false,
                ReadonlyRootfs = c.ReadonlyRootFilesystem ?? false,
                ExtraHosts = joined ? null : c.ExtraHosts?.Select(h => $"{h.Hostname}:{h.IpAddress}").ToList(),
                DNS = joined ? null : c.DnsServers?.ToList(),
                DNSSearch = joined ? null : c.DnsSearchDomains?.ToList(),
                SecurityOpt = c.DockerSecurityOptions?.ToList(),
                Sysctls = c.SystemControls?.Where(s => s.Namespace is not null).ToDictionary(s => s.Namespace!, s => s.Value ?? ""),
                // Whatever the task's log driver (awslogs, firelens ...), output stays readable locally.
                LogConfig = new LogConfig { Type = "json-file", Config = new Dictionary<string, string> { ["max-size"] = "10m", ["max-file"] = "3" } },
            },
        };
        // On a user-defined network, aliases and links are the endpoint's: the engine resolves them in its DNS.
        if ((launch.Aliases.Count > 0 || launch.Links.Count > 0) && !joined && launch.NetworkMode is not ("host" or "none"))
        {
            parameters.NetworkingConfig = new NetworkingConfig
            {
                EndpointsConfig = new Dictionary<string, EndpointSettings>
                {
                    [launch.NetworkMode] = new()
                    {
                        Aliases = launch.Aliases.Count == 0 ? null : launch.Aliases.ToList(),
                        Links = launch.Links.Count == 0 ? null : launch.Links.ToList(),
                    },
                },
            };
        }
        return parameters;
    }

    /// <summary>
    /// The awsvpc pause container: it holds the task's network namespace, so it carries the published ports, the
    /// service's network aliases, and the task's hostname, DNS servers and extra hosts.
    /// </summary>
    public static CreateContainerParameters Pause(
        string name, string image, IDictionary<string, string> labels, TaskDefinition task,
        IDictionary<string, IList<PortBinding>> ports, string network, IReadOnlyList<string> aliases)
    {
        var first = task.ContainerDefinitions.Count > 0 ? task.ContainerDefinitions[0] : null;
        return new CreateContainerParameters
        {
            Name = name,
            Image = image,
            Labels = labels,
            Hostname = first?.Hostname,
            ExposedPorts = ports.Count == 0 ? null : ports.Keys.ToDictionary(k => k, _ => default(EmptyStruct)),
            HostConfig = new HostConfig
            {
                NetworkMode = network,
                PortBindings = ports.Count == 0 ? null : ports,
                DNS = first?.DnsServers?.ToList(),
                DNSSearch = first?.DnsSearchDomains?.ToList(),
                ExtraHosts = task.ContainerDefinitions.SelectMany(c => c.ExtraHosts ?? []).Select(h => $"{h.Hostname}:{h.IpAddress}").ToList(),
            },
            NetworkingConfig = aliases.Count == 0 ? null : new NetworkingConfig
            {
                EndpointsConfig = new Dictionary<string, EndpointSettings> { [network] = new() { Aliases = aliases.ToList() } },
            },
        };
    }

    /// <summary>ECS health check seconds as Docker's durations, with the ECS defaults for what is left out.</summary>
    internal static HealthcheckConfig? HealthCheck(EcsModel.HealthCheck? check) => check is null ? null : new HealthcheckConfig
    {
        Test = check.Command.ToList(),
        Interval = check.Interval is int i ? TimeSpan.FromSeconds(i) : DefaultInterval,
        Timeout = check.Timeout is int t ? TimeSpan.FromSeconds(t) : DefaultTimeout,
        Retries = check.Retries ?? DefaultRetries,
        StartPeriod = TimeSpan.FromSeconds(check.StartPeriod ?? 0),
    };

    private static string TmpfsOptions(EcsModel.Tmpfs tmpfs) =>
        string.Join(',', new[] { $"size={tmpfs.Size.ToString(CultureInfo.InvariantCulture)}m" }.Concat(tmpfs.MountOptions ?? []));

    private static DeviceMapping Device(EcsModel.Device device) => new()
    {
        PathOnHost = device.HostPath,
        PathInContainer = device.ContainerPath ?? device.HostPath,
        CgroupPermissions = device.Permissions is { Count: > 0 } p
            ? string.Concat(p.Select(x => x.ToEcsString()[0]))
            : "rwm",
    };

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string>? user, IReadOnlyDictionary<string, string> ours)
    {
        var labels = new Dictionary<string, string>(user ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in ours)
        {
            labels[key] = value;
        }
        return labels;
    }
}
