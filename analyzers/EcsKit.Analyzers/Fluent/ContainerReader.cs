using System.Linq;
using EcsKit.Rules;

namespace EcsKit.Analyzers;

/// <summary>Applies the calls of a <c>ContainerBuilder</c> lambda to the facts of one container, as the builder would.</summary>
internal static class ContainerReader
{
    public const string BuilderType = "EcsKit.ContainerBuilder";

    /// <summary>Applies one call; false when the call is not understood (then the definition is not analyzed at all).</summary>
    public static bool Apply(BuilderCall call, ContainerFacts c, SourceMap map)
    {
        void Member(string member) => map.Add(c.Member(member), call.Location);
        switch (call.Name)
        {
            case "Image": c.Image = Constants.String(call.Value("image")); Member("image"); return true;
            case "Command": c.Command = Constants.Strings(call.Value("command")); c.CommandGiven = true; Member("command"); return true;
            case "EntryPoint": c.EntryPoint = Constants.Strings(call.Value("entryPoint")); c.EntryPointGiven = true; Member("entryPoint"); return true;
            case "Essential": c.Essential = Constants.Bool(call.Value("essential")); Member("essential"); return true;
            case "Cpu": c.Cpu = Constants.Int(call.Value("units")); Member("cpu"); return true;
            case "Memory": c.Memory = Constants.Int(call.Value("mebibytes")); Member("memory"); return true;
            case "MemoryReservation": c.MemoryReservation = Constants.Int(call.Value("mebibytes")); Member("memoryReservation"); return true;
            case "User": c.User = Constants.String(call.Value("user")); Member("user"); return true;
            case "WorkingDirectory": Member("workingDirectory"); return true;
            case "Hostname": c.Hostname = Constants.String(call.Value("hostname")); Member("hostname"); return true;
            case "ReadonlyRootFilesystem": c.ReadonlyRootFilesystem = Constants.Bool(call.Value("readOnly")); Member("readonlyRootFilesystem"); return true;
            case "Privileged": c.Privileged = Constants.Bool(call.Value("privileged")); Member("privileged"); return true;
            case "Interactive": Member("interactive"); return true;
            case "PseudoTerminal": Member("pseudoTerminal"); return true;
            case "StartTimeout": c.StartTimeout = Constants.Seconds(call.Value("timeout")); map.Add(c.Member("startTimeout"), call.LocationOf("timeout")); return true;
            case "StopTimeout": c.StopTimeout = Constants.Seconds(call.Value("timeout")); map.Add(c.Member("stopTimeout"), call.LocationOf("timeout")); return true;
            case "DockerLabel": Member("dockerLabels"); return true;
            case "ExtraHost": Add(c.ExtraHosts, Constants.String(call.Value("hostname")), c.Member("extraHosts"), call, map); return true;
            case "DnsServers": AddAll(c.DnsServers, call.Value("servers"), c.Member("dnsServers"), call, map); return true;
            case "DnsSearchDomains": AddAll(c.DnsSearchDomains, call.Value("domains"), c.Member("dnsSearchDomains"), call, map); return true;
            case "Links": AddAll(c.Links, call.Value("links"), c.Member("links"), call, map); return true;
            case "DockerSecurityOption": Add(c.DockerSecurityOptions, Constants.String(call.Value("option")), c.Member("dockerSecurityOptions"), call, map); return true;
            case "Ulimit": Member("ulimits"); return true;
            case "SystemControl": Member("systemControls"); return true;
            case "RepositoryCredentials": c.RepositoryCredentials = Constants.String(call.Value("secretArn")); Member("repositoryCredentials"); return true;
            case "Gpus":
                Upsert(c.ResourceRequirements, "GPU", Constants.Int(call.Value("count")) is { IsKnown: true } n ? Fact<string>.Of(n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) : Fact<string>.Unknown,
                    c.Member("resourceRequirements"), call, map);
                return true;
            case "RestartPolicy":
                c.RestartPolicy = new RestartPolicyFacts
                {
                    Path = c.Member("restartPolicy"),
                    Enabled = true,
                    IgnoredExitCodes = Constants.Ints(call.Value("ignoredExitCodes")),
                    RestartAttemptPeriod = Constants.Seconds(call.Value("attemptPeriod")),
                };
                Member("restartPolicy");
                map.Add(c.Member("restartPolicy") + ".restartAttemptPeriod", call.LocationOf("attemptPeriod"));
                return true;
            case "DependsOn": DependsOn(call, c, map); return true;
            case "Port": Port(call, c, map); return true;
            case "PortRange":
                var range = new PortFacts
                {
                    Path = $"{c.Member("portMappings")}[{c.PortMappings.Count}]",
                    ContainerPortRange = Constants.String(call.Value("range")),
                    Protocol = Constants.Enum(call.Value("protocol")),
                };
                c.PortMappings.Add(range);
                map.Add(range.Path, call.Location);
                return true;
            case "Environment":
                var variable = NameValue(c.Environment, call, "name", Constants.String(call.Value("value")), c.Member("environment"), map);
                map.Add(variable.Member("value"), call.LocationOf("value"));
                return true;
            case "Secret":
            case "SsmParameter":
                NameValue(c.Secrets, call, "name", Constants.String(call.Value(call.Name == "Secret" ? "valueFrom" : "parameterArnOrName")), c.Member("secrets"), map);
                return true;
            case "SecretsManagerSecret": NameValue(c.Secrets, call, "name", SecretsManagerValue(call), c.Member("secrets"), map); return true;
            case "EnvironmentFile":
                var file = new EnvironmentFileFacts { Path = $"{c.Member("environmentFiles")}[{c.EnvironmentFiles.Count}]", Value = Constants.String(call.Value("s3ObjectArn")), Type = "s3" };
                c.EnvironmentFiles.Add(file);
                map.Add(file.Path, call.Location);
                map.Add(file.Path + ".value", call.LocationOf("s3ObjectArn"));
                map.Add(c.Member("environmentFiles"), call.Location, replace: false);
                return true;
            case "HealthCheck": HealthCheck(call, c, map); return true;
            case "Logging": Log(call, c, map, Constants.Enum(call.Value("driver")), new(), optionsKnown: !call.Has("options")); return true;
            case "AwsLogs": Log(call, c, map, "awslogs", AwsLogsOptions(call), optionsKnown: true); return true;
            case "FireLensLogs": Log(call, c, map, "awsfirelens", new(), optionsKnown: false); return true;
            case "JsonFileLogs": Log(call, c, map, "json-file", JsonFileOptions(call, out var known), optionsKnown: known); return true;
            case "FireLensRouter": Member("firelensConfiguration"); return true;
            case "Mount":
                var mount = new MountFacts { Path = $"{c.Member("mountPoints")}[{c.MountPoints.Count}]", SourceVolume = Constants.String(call.Value("sourceVolume")), ContainerPath = Constants.String(call.Value("containerPath")) };
                c.MountPoints.Add(mount);
                map.Add(mount.Path, call.Location);
                return true;
            case "VolumesFrom": Member("volumesFrom"); return true;
            case "InitProcessEnabled": Linux(c, call, map).InitProcessEnabled = Constants.Bool(call.Value("enabled")); return true;
            case "AddCapabilities": AddAll(Linux(c, call, map).CapabilitiesAdd, call.Value("capabilities"), c.Member("linuxParameters") + ".capabilities.add", call, map); return true;
            case "DropCapabilities": AddAll(Linux(c, call, map).CapabilitiesDrop, call.Value("capabilities"), c.Member("linuxParameters") + ".capabilities.drop", call, map); return true;
            case "SharedMemorySize": Linux(c, call, map).SharedMemorySize = Constants.Int(call.Value("mebibytes")); map.Add(c.Member("linuxParameters") + ".sharedMemorySize", call.Location); return true;
            case "Tmpfs": Linux(c, call, map).TmpfsCount++; map.Add(c.Member("linuxParameters") + ".tmpfs", call.Location); return true;
            case "Device": Linux(c, call, map).DeviceCount++; map.Add(c.Member("linuxParameters") + ".devices", call.Location); return true;
            default:
                return false;
        }
    }

    private static void Port(BuilderCall call, ContainerFacts c, SourceMap map)
    {
        var port = new PortFacts
        {
            Path = $"{c.Member("portMappings")}[{c.PortMappings.Count}]",
            ContainerPort = Constants.Int(call.Value("containerPort")),
            HostPort = Constants.Int(call.Value("hostPort")),
            Protocol = Constants.Enum(call.Value("protocol")),
            Name = Constants.String(call.Value("name")),
            AppProtocol = Constants.Enum(call.Value("appProtocol")),
        };
        c.PortMappings.Add(port);
        map.Add(port.Path, call.Location);
        foreach (var (member, parameter) in new[] { ("containerPort", "containerPort"), ("hostPort", "hostPort"), ("protocol", "protocol"), ("name", "name"), ("appProtocol", "appProtocol") })
        {
            map.Add(port.Member(member), call.LocationOf(parameter));
        }
    }

    private static void DependsOn(BuilderCall call, ContainerFacts c, SourceMap map)
    {
        var name = Constants.String(call.Value("containerName"));
        var existing = name.IsKnown ? c.DependsOn.FirstOrDefault(d => d.ContainerName.Is(name.Value)) : null;
        var dependency = existing ?? new DependencyFacts { Path = $"{c.Member("dependsOn")}[{c.DependsOn.Count}]", ContainerName = name };
        dependency.Condition = Constants.Enum(call.Value("condition"));
        if (existing is null)
        {
            c.DependsOn.Add(dependency);
        }
        map.Add(dependency.Path, call.Location);
        map.Add(dependency.Member("containerName"), call.LocationOf("containerName"));
        map.Add(dependency.Member("condition"), call.LocationOf("condition"));
    }

    private static void HealthCheck(BuilderCall call, ContainerFacts c, SourceMap map)
    {
        var command = call.Invocation.TargetMethod.Parameters.Any(p => p.Name == "kind")
            ? new FactList<Fact<string>>(new[] { Constants.String(call.Value("kind")), Constants.String(call.Value("command")) })
            : Constants.Strings(call.Value("command"));
        var check = new HealthCheckFacts
        {
            Path = c.Member("healthCheck"),
            Command = command,
            Interval = Constants.Seconds(call.Value("interval")),
            Timeout = Constants.Seconds(call.Value("timeout")),
            Retries = Constants.Int(call.Value("retries")),
            StartPeriod = Constants.Seconds(call.Value("startPeriod")),
        };
        c.HealthCheck = check;
        map.Add(check.Path, call.Location);
        map.Add(check.Member("command"), call.Location);
        foreach (var member in new[] { "interval", "timeout", "retries", "startPeriod" })
        {
            map.Add(check.Member(member), call.LocationOf(member));
        }
    }

    // The valueFrom the builder writes: the ARN alone, or arn:jsonKey:versionStage:versionId when any of those is given.
    private static Fact<string> SecretsManagerValue(BuilderCall call)
    {
        var arn = Constants.String(call.Value("secretArn"));
        var parts = new[] { Constants.String(call.Value("jsonKey")), Constants.String(call.Value("versionStage")), Constants.String(call.Value("versionId")) };
        if (parts.All(p => p.IsAbsent))
        {
            return arn;
        }
        return arn.IsKnown && parts.All(p => !p.IsUnknown)
            ? Fact<string>.Of(arn.Value + ":" + string.Join(":", parts.Select(p => p.IsKnown ? p.Value : "")))
            : Fact<string>.Unknown;
    }

    private static System.Collections.Generic.Dictionary<string, Fact<string>> JsonFileOptions(BuilderCall call, out bool known)
    {
        var options = new System.Collections.Generic.Dictionary<string, Fact<string>>(System.StringComparer.Ordinal);
        var size = Constants.String(call.Value("maxSize"));
        var files = Constants.Int(call.Value("maxFiles"));
        known = !size.IsUnknown && !files.IsUnknown;
        if (size.IsKnown)
        {
            options["max-size"] = size;
        }
        if (files.IsKnown)
        {
            options["max-file"] = files.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return options;
    }

    private static System.Collections.Generic.Dictionary<string, Fact<string>> AwsLogsOptions(BuilderCall call)
    {
        var options = new System.Collections.Generic.Dictionary<string, Fact<string>>(System.StringComparer.Ordinal)
        {
            ["awslogs-group"] = Constants.String(call.Value("group")),
            ["awslogs-region"] = Constants.String(call.Value("region")),
        };
        var prefix = Constants.String(call.Value("streamPrefix"));
        if (!prefix.IsAbsent)
        {
            options["awslogs-stream-prefix"] = prefix;
        }
        // Options the builder writes only for a true flag (no rule needs them when the flag is unknown).
        foreach (var (parameter, option, text) in new[] { ("createGroup", "awslogs-create-group", "true"), ("nonBlocking", "mode", "non-blocking") })
        {
            if (Constants.Bool(call.Value(parameter)).Is(true))
            {
                options[option] = text;
            }
        }
        return options;
    }

    /// <param name="optionsKnown">False when options were passed as a dictionary, which is not read: no option may then be thought missing.</param>
    private static void Log(BuilderCall call, ContainerFacts c, SourceMap map, Fact<string> driver, System.Collections.Generic.Dictionary<string, Fact<string>> options, bool optionsKnown)
    {
        var log = new LogFacts { Path = c.Member("logConfiguration"), LogDriver = driver, OptionsComplete = optionsKnown };
        foreach (var pair in options)
        {
            log.Options[pair.Key] = pair.Value;
        }
        log.SecretOptions = new FactList<NameValueFacts>(isComplete: !call.Has("secretOptions"));
        c.LogConfiguration = log;
        map.Add(log.Path, call.Location);
        map.Add(log.Member("options"), call.Location);
    }

    private static LinuxFacts Linux(ContainerFacts c, BuilderCall call, SourceMap map)
    {
        c.LinuxParameters ??= new LinuxFacts { Path = c.Member("linuxParameters") };
        map.Add(c.LinuxParameters.Path, call.Location, replace: false);
        return c.LinuxParameters;
    }

    private static NameValueFacts NameValue(FactList<NameValueFacts> list, BuilderCall call, string nameParameter, Fact<string> value, string listPath, SourceMap map)
    {
        var name = Constants.String(call.Value(nameParameter));
        var existing = name.IsKnown ? list.FirstOrDefault(e => e.Name.Is(name.Value)) : null;
        var entry = existing ?? new NameValueFacts { Path = $"{listPath}[{list.Count}]", Name = name };
        entry.Value = value;
        if (existing is null)
        {
            list.Add(entry);
        }
        map.Add(entry.Path, call.Location);
        map.Add(entry.Member("name"), call.LocationOf(nameParameter));
        map.Add(listPath, call.Location, replace: false);
        return entry;
    }

    private static void Upsert(FactList<NameValueFacts> list, string name, Fact<string> value, string listPath, BuilderCall call, SourceMap map)
    {
        var entry = list.FirstOrDefault(e => e.Name.Is(name));
        if (entry is null)
        {
            entry = new NameValueFacts { Path = $"{listPath}[{list.Count}]", Name = name };
            list.Add(entry);
        }
        entry.Value = value;
        map.Add(entry.Path, call.Location);
    }

    private static void Add(FactList<Fact<string>> list, Fact<string> value, string listPath, BuilderCall call, SourceMap map)
    {
        map.Add($"{listPath}[{list.Count}]", call.Location);
        map.Add(listPath, call.Location, replace: false);
        list.Add(value);
    }

    private static void AddAll(FactList<Fact<string>> list, Microsoft.CodeAnalysis.IOperation? values, string listPath, BuilderCall call, SourceMap map)
    {
        var items = Constants.Strings(values);
        foreach (var item in items)
        {
            Add(list, item, listPath, call, map);
        }
        if (!items.IsComplete)
        {
            list.IsComplete = false;
            map.Add(listPath, call.Location, replace: false);
        }
    }
}
