using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>RuntimePlatform</c>.</summary>
public sealed record RuntimePlatform : EcsObject
{
    /// <summary>ECS member <c>cpuArchitecture</c> (enum).</summary>
    [JsonPropertyName("cpuArchitecture")]
    public CPUArchitecture? CpuArchitecture { get; init; }

    /// <summary>ECS member <c>operatingSystemFamily</c> (enum).</summary>
    [JsonPropertyName("operatingSystemFamily")]
    public OSFamily? OperatingSystemFamily { get; init; }
}
