using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>EphemeralStorage</c>.</summary>
public sealed record EphemeralStorage : EcsObject
{
    /// <summary>ECS member <c>sizeInGiB</c> (integer, required).</summary>
    [JsonPropertyName("sizeInGiB")]
    public required int SizeInGiB { get; init; }
}
