using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ClusterConfiguration</c>.</summary>
public sealed record ClusterConfiguration : EcsObject
{
    /// <summary>ECS member <c>executeCommandConfiguration</c> (structure).</summary>
    [JsonPropertyName("executeCommandConfiguration")]
    public ExecuteCommandConfiguration? ExecuteCommandConfiguration { get; init; }

    /// <summary>ECS member <c>managedStorageConfiguration</c> (structure).</summary>
    [JsonPropertyName("managedStorageConfiguration")]
    public ManagedStorageConfiguration? ManagedStorageConfiguration { get; init; }
}
