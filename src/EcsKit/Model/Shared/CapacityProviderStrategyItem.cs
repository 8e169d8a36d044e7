using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>CapacityProviderStrategyItem</c>.</summary>
public sealed record CapacityProviderStrategyItem : EcsObject
{
    /// <summary>ECS member <c>capacityProvider</c> (string, required).</summary>
    [JsonPropertyName("capacityProvider")]
    public required string CapacityProvider { get; init; }

    /// <summary>ECS member <c>weight</c> (integer).</summary>
    [JsonPropertyName("weight")]
    public int? Weight { get; init; }

    /// <summary>ECS member <c>base</c> (integer).</summary>
    [JsonPropertyName("base")]
    public int? Base { get; init; }
}
