using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>InferenceAccelerator</c>.</summary>
public sealed record InferenceAccelerator : EcsObject
{
    /// <summary>ECS member <c>deviceName</c> (string, required).</summary>
    [JsonPropertyName("deviceName")]
    public required string DeviceName { get; init; }

    /// <summary>ECS member <c>deviceType</c> (string, required).</summary>
    [JsonPropertyName("deviceType")]
    public required string DeviceType { get; init; }
}
