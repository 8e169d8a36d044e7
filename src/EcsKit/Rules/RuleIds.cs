namespace EcsKit.Rules;

/// <summary>
/// Every rule id, as named constants. Ids are public and stable: never renumber or reuse one.
/// The catalogue with titles and severities is <see cref="RuleCatalog"/>; each rule has a page under docs/rules/.
/// </summary>
internal static class RuleIds
{
    public const string HelpBase = "https://github.com/ecskit/ecskit/blob/main/docs/rules/";

    // A. Ports
    public const string AwsvpcHostPortMismatch = "ECS0001";
    public const string HostModeHostPortMismatch = "ECS0002";
    public const string PortMappingsWithNetworkModeNone = "ECS0003";
    public const string HostPortMappedTwiceInTask = "ECS0004";
    public const string ContainerPortReused = "ECS0005";
    public const string InvalidPortOrRange = "ECS0006";
    public const string ReservedHostPort = "ECS0007";
    public const string EphemeralHostPort = "ECS0008";
    public const string TooManyStaticHostPorts = "ECS0009";
    public const string CrossServiceHostPortConflict = "ECS0010";
    public const string LocalHostPortConflict = "ECS0011";
    public const string LoadBalancerMismatch = "ECS0012";
    public const string SensitivePortExposed = "ECS0013";

    // B. One process per container
    public const string SeveralLongRunningProcesses = "ECS0020";
    public const string ProcessSupervisor = "ECS0021";
    public const string ShellIsPid1 = "ECS0022";
    public const string KeepAliveAntiPattern = "ECS0023";

    // C. Resources and sizing
    public const string InvalidFargateSize = "ECS0030";
    public const string FargateNeedsTaskSize = "ECS0031";
    public const string FargateSizeUnsupportedForPlatform = "ECS0032";
    public const string Ec2TaskCpuOutOfRange = "ECS0033";
    public const string ContainersExceedTaskBudget = "ECS0034";
    public const string MemoryNotAboveReservation = "ECS0035";
    public const string NoMemoryOnEc2 = "ECS0036";
    public const string ContainerMemoryTooSmall = "ECS0037";
    public const string NoHardMemoryLimit = "ECS0038";

    // D. Structure, names, limits
    public const string NoEssentialContainer = "ECS0040";
    public const string TooManyContainers = "ECS0041";
    public const string InvalidOrDuplicateName = "ECS0042";
    public const string InvalidImageReference = "ECS0043";
    public const string MutableImageTag = "ECS0044";

    // E. dependsOn, health checks, timeouts, restart policy
    public const string DependencyOnMissingContainer = "ECS0050";
    public const string CompletionConditionOnEssential = "ECS0051";
    public const string HealthyWithoutHealthCheck = "ECS0052";
    public const string DependencyCycle = "ECS0053";
    public const string FargateTimeoutOutOfRange = "ECS0054";
    public const string HealthCheckBounds = "ECS0060";
    public const string HealthCheckTimeoutNotBelowInterval = "ECS0061";
    public const string EssentialWithoutHealthCheck = "ECS0062";
    public const string RestartPolicyBounds = "ECS0063";

    // F. Network mode, launch type, logging, service
    public const string FargateRequiresAwsvpc = "ECS0070";
    public const string LinksOutsideBridge = "ECS0071";
    public const string UnsupportedOnFargate = "ECS0072";
    public const string UnsupportedWithAwsvpc = "ECS0073";
    public const string LogConfiguration = "ECS0074";
    public const string ServiceTaskDefinitionMismatch = "ECS0075";

    // G. Secrets, environment, security
    public const string SecretNameCollision = "ECS0080";
    public const string DuplicateEnvironmentVariable = "ECS0081";
    public const string PlaintextSecret = "ECS0082";
    public const string EnvironmentFileLimits = "ECS0084";
    public const string SecretsWithoutExecutionRole = "ECS0085";
    public const string PrivilegedOrHostAccess = "ECS0086";

    /// <summary>The documentation page of a rule.</summary>
    public static string HelpUri(string id) => HelpBase + id + ".md";
}
