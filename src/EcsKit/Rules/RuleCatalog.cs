using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>The catalogue of rules: one descriptor per id, with its title, category and default severity.</summary>
internal static class RuleCatalog
{
    public const string Ports = "Ports";
    public const string Processes = "Processes";
    public const string Resources = "Resources";
    public const string Structure = "Structure";
    public const string Dependencies = "Dependencies";
    public const string Networking = "Networking";
    public const string Security = "Security";

    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        new RuleDescriptor(RuleIds.AwsvpcHostPortMismatch, "awsvpc hostPort differs from containerPort", Ports, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.HostModeHostPortMismatch, "Host-mode hostPort differs from containerPort", Ports, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.PortMappingsWithNetworkModeNone, "Port mappings with networkMode none", Ports, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.HostPortMappedTwiceInTask, "Host port mapped twice in one task", Ports, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.ContainerPortReused, "Container port reused within a container", Ports, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.InvalidPortOrRange, "Invalid port or port range", Ports, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.ReservedHostPort, "ECS-reserved host port", Ports, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.EphemeralHostPort, "Host port in the ephemeral range", Ports, RuleSeverity.Warning),
        new RuleDescriptor(RuleIds.TooManyStaticHostPorts, "Too many static host ports", Ports, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.CrossServiceHostPortConflict, "Host-port conflict between services or replicas", Ports, RuleSeverity.Warning),
        new RuleDescriptor(RuleIds.LocalHostPortConflict, "Port conflict on the local Docker host", Ports, RuleSeverity.Error, enabledByDefault: false),
        new RuleDescriptor(RuleIds.LoadBalancerMismatch, "Load balancer does not match the task", Ports, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.SensitivePortExposed, "SSH or privileged port exposed", Ports, RuleSeverity.Info),

        new RuleDescriptor(RuleIds.SeveralLongRunningProcesses, "Several long-running processes in one container", Processes, RuleSeverity.Warning),
        new RuleDescriptor(RuleIds.ProcessSupervisor, "Process supervisor as the main command", Processes, RuleSeverity.Warning),
        new RuleDescriptor(RuleIds.ShellIsPid1, "Shell is PID 1 and does not forward signals", Processes, RuleSeverity.Info),
        new RuleDescriptor(RuleIds.KeepAliveAntiPattern, "Keep-alive command hides the real process", Processes, RuleSeverity.Warning),

        new RuleDescriptor(RuleIds.InvalidFargateSize, "Invalid Fargate CPU and memory pair", Resources, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.FargateNeedsTaskSize, "Fargate needs task-level cpu and memory", Resources, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.FargateSizeUnsupportedForPlatform, "Fargate size unsupported for the OS or platform version", Resources, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.Ec2TaskCpuOutOfRange, "EC2 task CPU out of range", Resources, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.ContainersExceedTaskBudget, "Containers exceed the task's CPU or memory", Resources, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.MemoryNotAboveReservation, "Memory not greater than memoryReservation", Resources, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.NoMemoryOnEc2, "No memory given for an EC2 task", Resources, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.ContainerMemoryTooSmall, "Container memory below 6 MiB", Resources, RuleSeverity.Warning),
        new RuleDescriptor(RuleIds.NoHardMemoryLimit, "No hard memory limit", Resources, RuleSeverity.Info, enabledByDefault: false),

        new RuleDescriptor(RuleIds.NoEssentialContainer, "No essential container", Structure, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.TooManyContainers, "More than 10 containers", Structure, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.InvalidOrDuplicateName, "Invalid or duplicate name", Structure, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.InvalidImageReference, "Invalid image reference", Structure, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.MutableImageTag, "Mutable image tag", Structure, RuleSeverity.Warning),

        new RuleDescriptor(RuleIds.DependencyOnMissingContainer, "dependsOn targets a missing container", Dependencies, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.CompletionConditionOnEssential, "COMPLETE or SUCCESS on an essential container", Dependencies, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.HealthyWithoutHealthCheck, "HEALTHY dependency without a health check", Dependencies, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.DependencyCycle, "Dependency cycle", Dependencies, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.FargateTimeoutOutOfRange, "Fargate start or stop timeout out of range", Dependencies, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.HealthCheckBounds, "Health check out of bounds", Dependencies, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.HealthCheckTimeoutNotBelowInterval, "Health-check timeout not below the interval", Dependencies, RuleSeverity.Warning),
        new RuleDescriptor(RuleIds.EssentialWithoutHealthCheck, "Essential container without a health check", Dependencies, RuleSeverity.Info),
        new RuleDescriptor(RuleIds.RestartPolicyBounds, "Restart policy out of bounds or unsupported", Dependencies, RuleSeverity.Error),

        new RuleDescriptor(RuleIds.FargateRequiresAwsvpc, "Fargate requires awsvpc", Networking, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.LinksOutsideBridge, "Links outside bridge mode", Networking, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.UnsupportedOnFargate, "Parameter unsupported on Fargate", Networking, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.UnsupportedWithAwsvpc, "Parameter unsupported with awsvpc", Networking, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.LogConfiguration, "Log configuration ECS rejects", Networking, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.ServiceTaskDefinitionMismatch, "Service and task definition disagree", Networking, RuleSeverity.Error),

        new RuleDescriptor(RuleIds.SecretNameCollision, "Secret name collides", Security, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.DuplicateEnvironmentVariable, "Duplicate environment variable", Security, RuleSeverity.Warning),
        new RuleDescriptor(RuleIds.PlaintextSecret, "Plaintext secret in the environment", Security, RuleSeverity.Warning),
        new RuleDescriptor(RuleIds.EnvironmentFileLimits, "Environment files over the limits", Security, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.SecretsWithoutExecutionRole, "Secrets without an execution role", Security, RuleSeverity.Error),
        new RuleDescriptor(RuleIds.PrivilegedOrHostAccess, "Privileged container or host access", Security, RuleSeverity.Warning),
    };

    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(r => r.Id, System.StringComparer.Ordinal);

    public static RuleDescriptor Get(string id) =>
        ById.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException("No rule " + id + " in the catalogue.");

    public static bool Contains(string id) => ById.ContainsKey(id);
}
