using System.Text.Json.Nodes;
using EcsKit.Rules;

namespace EcsKit.Aws;

/// <summary>
/// How task definitions are compared: what ECS fills in on RegisterTaskDefinition and returns from
/// DescribeTaskDefinition (ECS API model member docs, and real describe output), and which lists are keyed.
/// </summary>
internal static class TaskDefinitionShape
{
    private const string Containers = "containerDefinitions[]";

    public static readonly ResourceShape Instance = new()
    {
        NotCompared = ["family"],
        Normalizers =
        [
            // Task size: ECS stores CPU units and MiB ("1 vCPU" -> "1024", "2 GB" -> "2048").
            new Rewrite("cpu", "\"1 vCPU\" = \"1024\"", (v, _) => Units(v, TaskSize.ParseCpu)),
            new Rewrite("memory", "\"2 GB\" = \"2048\"", (v, _) => Units(v, TaskSize.ParseMemory)),
            new DefaultValue("networkMode", "\"bridge\""),
            new DefaultValue("enableFaultInjection", "false"),
            new DefaultValue("runtimePlatform.operatingSystemFamily", "\"LINUX\""),
            new DefaultValue("runtimePlatform.cpuArchitecture", "\"X86_64\"", TaskDefinitionFacts.IsFargate, "Fargate"),
            new DefaultValue("proxyConfiguration.type", "\"APPMESH\""),

            new DefaultValue($"{Containers}.essential", "true"),
            new DefaultValue($"{Containers}.cpu", "0"),
            new DefaultValue($"{Containers}.portMappings[].protocol", "\"tcp\""),
            PortMappingHostPorts.Instance,
            new DefaultValue($"{Containers}.mountPoints[].readOnly", "false"),
            new DefaultValue($"{Containers}.volumesFrom[].readOnly", "false"),
            new DefaultValue($"{Containers}.healthCheck.interval", "30"),
            new DefaultValue($"{Containers}.healthCheck.timeout", "5"),
            new DefaultValue($"{Containers}.healthCheck.retries", "3"),
            new DefaultValue($"{Containers}.healthCheck.startPeriod", "0"),
            new DefaultValue($"{Containers}.restartPolicy.restartAttemptPeriod", "300"),
            new DefaultValue($"{Containers}.restartPolicy", "{\"enabled\":false}"),
            new DefaultValue($"{Containers}.linuxParameters.initProcessEnabled", "false"),
            new DefaultValue($"{Containers}.versionConsistency", "\"enabled\""),
            new DefaultValue($"{Containers}.privileged", "false"),
            new DefaultValue($"{Containers}.readonlyRootFilesystem", "false"),
            new DefaultValue($"{Containers}.disableNetworking", "false"),
            new DefaultValue($"{Containers}.interactive", "false"),
            new DefaultValue($"{Containers}.pseudoTerminal", "false"),

            new DefaultValue("volumes[].configuredAtLaunch", "false"),
            new DefaultValue("volumes[].efsVolumeConfiguration.rootDirectory", "\"/\""),
            new DefaultValue("volumes[].efsVolumeConfiguration.transitEncryption", "\"DISABLED\""),
            new DefaultValue("volumes[].efsVolumeConfiguration.authorizationConfig.iam", "\"DISABLED\""),
            new DefaultValue("volumes[].dockerVolumeConfiguration.scope", "\"task\""),
            new DefaultValue("volumes[].dockerVolumeConfiguration.autoprovision", "false"),
            new DefaultValue("volumes[].dockerVolumeConfiguration.driver", "\"local\""),

            new Unordered("requiresCompatibilities"),
            new Unordered("placementConstraints"),
            new Unordered($"{Containers}.links"),
            new Unordered($"{Containers}.dockerSecurityOptions"),
            new Unordered($"{Containers}.credentialSpecs"),
            new Unordered($"{Containers}.linuxParameters.capabilities.add"),
            new Unordered($"{Containers}.linuxParameters.capabilities.drop"),

            KeyedList.By("containerDefinitions", "name"),
            KeyedList.By($"{Containers}.environment", "name", "value"),
            KeyedList.By($"{Containers}.secrets", "name", "valueFrom"),
            new KeyedList($"{Containers}.portMappings", PortKey, "containerPort/protocol"),
            KeyedList.By($"{Containers}.mountPoints", "containerPath"),
            KeyedList.By($"{Containers}.volumesFrom", "sourceContainer"),
            KeyedList.By($"{Containers}.dependsOn", "containerName", "condition"),
            KeyedList.By($"{Containers}.ulimits", "name"),
            KeyedList.By($"{Containers}.extraHosts", "hostname", "ipAddress"),
            KeyedList.By($"{Containers}.systemControls", "namespace", "value"),
            KeyedList.By($"{Containers}.resourceRequirements", "type", "value"),
            KeyedList.By($"{Containers}.logConfiguration.secretOptions", "name", "valueFrom"),
            KeyedList.By($"{Containers}.linuxParameters.tmpfs", "containerPath"),
            KeyedList.By("volumes", "name"),
            KeyedList.By("inferenceAccelerators", "deviceName"),
            KeyedList.By("proxyConfiguration.properties", "name", "value"),
            KeyedList.By("tags", "key", "value"),
        ],
        Maps =
        [
            $"{Containers}.dockerLabels",
            $"{Containers}.logConfiguration.options",
            $"{Containers}.firelensConfiguration.options",
            "volumes[].dockerVolumeConfiguration.driverOpts",
            "volumes[].dockerVolumeConfiguration.labels",
        ],
        Sensitive =
        [
            SensitiveValue.WhenNamedLikeSecret($"{Containers}.environment[]"),
            SensitiveValue.WhenNamedLikeSecret($"{Containers}.dockerLabels[]"),
            // Log routers take tokens and keys as plain options (splunk-token, Datadog apikey ...).
            SensitiveValue.Always($"{Containers}.logConfiguration.options[]"),
            SensitiveValue.Always($"{Containers}.logConfiguration.secretOptions[]"),
        ],
    };

    private static JsonNode? Units(JsonNode value, Func<string, int?> parse) =>
        JsonText.StringOf(value) is { } text && parse(text) is { } units ? JsonValue.Create(units.ToString(System.Globalization.CultureInfo.InvariantCulture)) : value;

    // 8080/tcp, or the range for a containerPortRange mapping.
    private static string? PortKey(JsonObject mapping)
    {
        var port = mapping["containerPort"] is { } p ? JsonText.Of(p) : JsonText.StringOf(mapping["containerPortRange"]);
        return port is null ? null : $"{port}/{JsonText.StringOf(mapping["protocol"]) ?? "tcp"}";
    }
}
