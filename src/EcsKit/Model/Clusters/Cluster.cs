using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>A cluster: the input of the ECS <c>CreateCluster</c> call (model shape <c>CreateClusterRequest</c>). Declare one with <see cref="EcsApp.Cluster(string)"/>, read one with <see cref="EcsJson.ParseCluster"/>.</summary>
public sealed record Cluster : EcsObject
{
    /// <summary>ECS member <c>clusterName</c> (string).</summary>
    [JsonPropertyName("clusterName")]
    public string? ClusterName { get; init; }

    /// <summary>ECS member <c>tags</c> (list of structure).</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<Tag>? Tags { get; init; }

    /// <summary>ECS member <c>settings</c> (list of structure).</summary>
    [JsonPropertyName("settings")]
    public IReadOnlyList<ClusterSetting>? Settings { get; init; }

    /// <summary>ECS member <c>configuration</c> (structure).</summary>
    [JsonPropertyName("configuration")]
    public ClusterConfiguration? Configuration { get; init; }

    /// <summary>ECS member <c>capacityProviders</c> (list of string).</summary>
    [JsonPropertyName("capacityProviders")]
    public IReadOnlyList<string>? CapacityProviders { get; init; }

    /// <summary>ECS member <c>defaultCapacityProviderStrategy</c> (list of structure).</summary>
    [JsonPropertyName("defaultCapacityProviderStrategy")]
    public IReadOnlyList<CapacityProviderStrategyItem>? DefaultCapacityProviderStrategy { get; init; }

    /// <summary>ECS member <c>serviceConnectDefaults</c> (structure).</summary>
    [JsonPropertyName("serviceConnectDefaults")]
    public ClusterServiceConnectDefaultsRequest? ServiceConnectDefaults { get; init; }
}
