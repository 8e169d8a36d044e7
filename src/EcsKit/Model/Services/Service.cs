using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>A service: the input of the ECS <c>CreateService</c> call (model shape <c>CreateServiceRequest</c>). Declare one with <see cref="ClusterBuilder.Service"/>, read one with <see cref="EcsJson.ParseService"/>.</summary>
public sealed record Service : EcsObject
{
    /// <summary>ECS member <c>cluster</c> (string).</summary>
    [JsonPropertyName("cluster")]
    public string? Cluster { get; init; }

    /// <summary>ECS member <c>serviceName</c> (string, required).</summary>
    [JsonPropertyName("serviceName")]
    public required string ServiceName { get; init; }

    /// <summary>ECS member <c>taskDefinition</c> (string).</summary>
    [JsonPropertyName("taskDefinition")]
    public string? TaskDefinition { get; init; }

    /// <summary>ECS member <c>availabilityZoneRebalancing</c> (enum).</summary>
    [JsonPropertyName("availabilityZoneRebalancing")]
    public AvailabilityZoneRebalancing? AvailabilityZoneRebalancing { get; init; }

    /// <summary>ECS member <c>loadBalancers</c> (list of structure).</summary>
    [JsonPropertyName("loadBalancers")]
    public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }

    /// <summary>ECS member <c>serviceRegistries</c> (list of structure).</summary>
    [JsonPropertyName("serviceRegistries")]
    public IReadOnlyList<ServiceRegistry>? ServiceRegistries { get; init; }

    /// <summary>ECS member <c>desiredCount</c> (integer).</summary>
    [JsonPropertyName("desiredCount")]
    public int? DesiredCount { get; init; }

    /// <summary>ECS member <c>clientToken</c> (string).</summary>
    [JsonPropertyName("clientToken")]
    public string? ClientToken { get; init; }

    /// <summary>ECS member <c>launchType</c> (enum).</summary>
    [JsonPropertyName("launchType")]
    public LaunchType? LaunchType { get; init; }

    /// <summary>ECS member <c>capacityProviderStrategy</c> (list of structure).</summary>
    [JsonPropertyName("capacityProviderStrategy")]
    public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }

    /// <summary>ECS member <c>platformVersion</c> (string).</summary>
    [JsonPropertyName("platformVersion")]
    public string? PlatformVersion { get; init; }

    /// <summary>ECS member <c>role</c> (string).</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>ECS member <c>deploymentConfiguration</c> (structure).</summary>
    [JsonPropertyName("deploymentConfiguration")]
    public DeploymentConfiguration? DeploymentConfiguration { get; init; }

    /// <summary>ECS member <c>placementConstraints</c> (list of structure).</summary>
    [JsonPropertyName("placementConstraints")]
    public IReadOnlyList<PlacementConstraint>? PlacementConstraints { get; init; }

    /// <summary>ECS member <c>placementStrategy</c> (list of structure).</summary>
    [JsonPropertyName("placementStrategy")]
    public IReadOnlyList<PlacementStrategy>? PlacementStrategy { get; init; }

    /// <summary>ECS member <c>networkConfiguration</c> (structure).</summary>
    [JsonPropertyName("networkConfiguration")]
    public NetworkConfiguration? NetworkConfiguration { get; init; }

    /// <summary>ECS member <c>healthCheckGracePeriodSeconds</c> (integer).</summary>
    [JsonPropertyName("healthCheckGracePeriodSeconds")]
    public int? HealthCheckGracePeriodSeconds { get; init; }

    /// <summary>ECS member <c>schedulingStrategy</c> (enum).</summary>
    [JsonPropertyName("schedulingStrategy")]
    public SchedulingStrategy? SchedulingStrategy { get; init; }

    /// <summary>ECS member <c>deploymentController</c> (structure).</summary>
    [JsonPropertyName("deploymentController")]
    public DeploymentController? DeploymentController { get; init; }

    /// <summary>ECS member <c>tags</c> (list of structure).</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<Tag>? Tags { get; init; }

    /// <summary>ECS member <c>enableECSManagedTags</c> (boolean).</summary>
    [JsonPropertyName("enableECSManagedTags")]
    public bool? EnableECSManagedTags { get; init; }

    /// <summary>ECS member <c>propagateTags</c> (enum).</summary>
    [JsonPropertyName("propagateTags")]
    public PropagateTags? PropagateTags { get; init; }

    /// <summary>ECS member <c>enableExecuteCommand</c> (boolean).</summary>
    [JsonPropertyName("enableExecuteCommand")]
    public bool? EnableExecuteCommand { get; init; }

    /// <summary>ECS member <c>serviceConnectConfiguration</c> (structure).</summary>
    [JsonPropertyName("serviceConnectConfiguration")]
    public ServiceConnectConfiguration? ServiceConnectConfiguration { get; init; }

    /// <summary>ECS member <c>volumeConfigurations</c> (list of structure).</summary>
    [JsonPropertyName("volumeConfigurations")]
    public IReadOnlyList<ServiceVolumeConfiguration>? VolumeConfigurations { get; init; }

    /// <summary>ECS member <c>vpcLatticeConfigurations</c> (list of structure).</summary>
    [JsonPropertyName("vpcLatticeConfigurations")]
    public IReadOnlyList<VpcLatticeConfiguration>? VpcLatticeConfigurations { get; init; }

    /// <summary>ECS member <c>monitoring</c> (structure).</summary>
    [JsonPropertyName("monitoring")]
    public MonitoringConfiguration? Monitoring { get; init; }
}
