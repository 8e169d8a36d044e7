using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>Ulimit</c>.</summary>
public sealed record Ulimit : EcsObject
{
    /// <summary>ECS member <c>name</c> (enum, required).</summary>
    [JsonPropertyName("name")]
    public required UlimitName Name { get; init; }

    /// <summary>ECS member <c>softLimit</c> (integer, required).</summary>
    [JsonPropertyName("softLimit")]
    public required int SoftLimit { get; init; }

    /// <summary>ECS member <c>hardLimit</c> (integer, required).</summary>
    [JsonPropertyName("hardLimit")]
    public required int HardLimit { get; init; }
}
