using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>PlacementStrategyType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<PlacementStrategyType>))]
public enum PlacementStrategyType
{
    /// <summary>The ECS value <c>random</c>.</summary>
    [JsonStringEnumMemberName("random")]
    Random,

    /// <summary>The ECS value <c>spread</c>.</summary>
    [JsonStringEnumMemberName("spread")]
    Spread,

    /// <summary>The ECS value <c>binpack</c>.</summary>
    [JsonStringEnumMemberName("binpack")]
    Binpack,
}
