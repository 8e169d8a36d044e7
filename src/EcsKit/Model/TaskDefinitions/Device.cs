using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>Device</c>.</summary>
public sealed record Device : EcsObject
{
    /// <summary>ECS member <c>hostPath</c> (string, required).</summary>
    [JsonPropertyName("hostPath")]
    public required string HostPath { get; init; }

    /// <summary>ECS member <c>containerPath</c> (string).</summary>
    [JsonPropertyName("containerPath")]
    public string? ContainerPath { get; init; }

    /// <summary>ECS member <c>permissions</c> (list of enum).</summary>
    [JsonPropertyName("permissions")]
    public IReadOnlyList<DeviceCgroupPermission>? Permissions { get; init; }
}
