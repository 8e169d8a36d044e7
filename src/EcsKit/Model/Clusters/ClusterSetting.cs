using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>ClusterSetting</c>.</summary>
public sealed record ClusterSetting : EcsObject
{
    /// <summary>ECS member <c>name</c> (enum).</summary>
    [JsonPropertyName("name")]
    public ClusterSettingName? Name { get; init; }

    /// <summary>ECS member <c>value</c> (string).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }
}
