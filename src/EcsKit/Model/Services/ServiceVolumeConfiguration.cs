using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ServiceVolumeConfiguration</c>.</summary>
public sealed record ServiceVolumeConfiguration : EcsObject
{
    /// <summary>ECS member <c>name</c> (string, required).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>ECS member <c>managedEBSVolume</c> (structure).</summary>
    [JsonPropertyName("managedEBSVolume")]
    public ServiceManagedEBSVolumeConfiguration? ManagedEBSVolume { get; init; }
}
