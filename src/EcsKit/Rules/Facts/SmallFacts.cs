namespace EcsKit.Rules;

/// <summary>A name and value: an environment variable, a secret (value = valueFrom), a resource requirement (name = type).</summary>
internal sealed class NameValueFacts
{
    public string Path { get; set; } = "";

    public Fact<string> Name { get; set; }

    public Fact<string> Value { get; set; }

    public string Member(string name) => Path + "." + name;
}

/// <summary>An environment file (<c>environmentFiles</c>).</summary>
internal sealed class EnvironmentFileFacts
{
    public string Path { get; set; } = "";

    public Fact<string> Value { get; set; }

    public Fact<string> Type { get; set; }
}

/// <summary>A <c>dependsOn</c> entry.</summary>
internal sealed class DependencyFacts
{
    public string Path { get; set; } = "";

    public Fact<string> ContainerName { get; set; }

    /// <summary>START, COMPLETE, SUCCESS or HEALTHY.</summary>
    public Fact<string> Condition { get; set; }

    public string Member(string name) => Path + "." + name;
}

/// <summary>A mount point.</summary>
internal sealed class MountFacts
{
    public string Path { get; set; } = "";

    public Fact<string> SourceVolume { get; set; }

    public Fact<string> ContainerPath { get; set; }
}

/// <summary>A task volume; the kind is the configuration it carries.</summary>
internal sealed class VolumeFacts
{
    public string Path { get; set; } = "";

    public Fact<string> Name { get; set; }

    public bool HasHost { get; set; }

    public bool HasDockerVolumeConfiguration { get; set; }

    public bool HasEfsVolumeConfiguration { get; set; }

    public bool HasFsxWindowsFileServerVolumeConfiguration { get; set; }
}

/// <summary>A task placement constraint.</summary>
internal sealed class PlacementConstraintFacts
{
    public string Path { get; set; } = "";

    /// <summary>distinctInstance or memberOf.</summary>
    public Fact<string> Type { get; set; }

    public Fact<string> Expression { get; set; }
}

/// <summary>A health check.</summary>
internal sealed class HealthCheckFacts
{
    public string Path { get; set; } = "";

    public FactList<Fact<string>> Command { get; set; } = new();

    public Fact<int> Interval { get; set; }

    public Fact<int> Timeout { get; set; }

    public Fact<int> Retries { get; set; }

    public Fact<int> StartPeriod { get; set; }

    public string Member(string name) => Path + "." + name;
}

/// <summary>Linux parameters.</summary>
internal sealed class LinuxFacts
{
    public string Path { get; set; } = "";

    public Fact<bool> InitProcessEnabled { get; set; }

    public FactList<Fact<string>> CapabilitiesAdd { get; set; } = new();

    public FactList<Fact<string>> CapabilitiesDrop { get; set; } = new();

    /// <summary>Number of devices (known when the list is complete).</summary>
    public int DeviceCount { get; set; }

    public Fact<int> SharedMemorySize { get; set; }

    public int TmpfsCount { get; set; }

    public Fact<int> MaxSwap { get; set; }

    public Fact<int> Swappiness { get; set; }

    public string Member(string name) => Path + "." + name;
}

/// <summary>A log configuration.</summary>
internal sealed class LogFacts
{
    public string Path { get; set; } = "";

    public Fact<string> LogDriver { get; set; }

    /// <summary>Driver options by name; <see cref="OptionsComplete"/> is false when more may exist.</summary>
    public System.Collections.Generic.Dictionary<string, Fact<string>> Options { get; set; } = new(System.StringComparer.Ordinal);

    public bool OptionsComplete { get; set; } = true;

    public FactList<NameValueFacts> SecretOptions { get; set; } = new();

    public string Member(string name) => Path + "." + name;
}

/// <summary>A container restart policy.</summary>
internal sealed class RestartPolicyFacts
{
    public string Path { get; set; } = "";

    public Fact<bool> Enabled { get; set; }

    public FactList<Fact<int>> IgnoredExitCodes { get; set; } = new();

    public Fact<int> RestartAttemptPeriod { get; set; }

    public string Member(string name) => Path + "." + name;
}
