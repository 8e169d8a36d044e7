using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>NetworkConfiguration</c>.</summary>
public sealed record NetworkConfiguration : EcsObject
{
    /// <summary>ECS member <c>awsvpcConfiguration</c> (structure).</summary>
    [JsonPropertyName("awsvpcConfiguration")]
    public AwsVpcConfiguration? AwsvpcConfiguration { get; init; }
}
