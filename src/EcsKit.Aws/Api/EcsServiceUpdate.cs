namespace EcsKit.Aws;

/// <summary>An UpdateService request: the service and the members to change (null members are left as they are).</summary>
/// <param name="Cluster">The service's cluster.</param>
/// <param name="Service">The service's name.</param>
public sealed record EcsServiceUpdate(string Cluster, string Service)
{
    /// <summary>family:revision or ARN to deploy.</summary>
    public string? TaskDefinition { get; init; }

    /// <summary>The new desired count.</summary>
    public int? DesiredCount { get; init; }

    /// <summary>The other members UpdateService can change, as they should become.</summary>
    public DeploymentConfiguration? DeploymentConfiguration { get; init; }

    /// <inheritdoc cref="DeploymentConfiguration"/>
    public NetworkConfiguration? NetworkConfiguration { get; init; }

    /// <inheritdoc cref="DeploymentConfiguration"/>
    public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }

    /// <inheritdoc cref="DeploymentConfiguration"/>
    public string? PlatformVersion { get; init; }

    /// <inheritdoc cref="DeploymentConfiguration"/>
    public int? HealthCheckGracePeriodSeconds { get; init; }

    /// <inheritdoc cref="DeploymentConfiguration"/>
    public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }

    /// <inheritdoc cref="DeploymentConfiguration"/>
    public bool? EnableExecuteCommand { get; init; }

    /// <summary>Start a new deployment even when nothing changed (new tasks of the same revision).</summary>
    public bool ForceNewDeployment { get; init; }
}
