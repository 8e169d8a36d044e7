using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>AdvancedConfiguration</c>.</summary>
public sealed record AdvancedConfiguration : EcsObject
{
    /// <summary>ECS member <c>alternateTargetGroupArn</c> (string).</summary>
    [JsonPropertyName("alternateTargetGroupArn")]
    public string? AlternateTargetGroupArn { get; init; }

    /// <summary>ECS member <c>productionListenerRule</c> (string).</summary>
    [JsonPropertyName("productionListenerRule")]
    public string? ProductionListenerRule { get; init; }

    /// <summary>ECS member <c>testListenerRule</c> (string).</summary>
    [JsonPropertyName("testListenerRule")]
    public string? TestListenerRule { get; init; }

    /// <summary>ECS member <c>roleArn</c> (string).</summary>
    [JsonPropertyName("roleArn")]
    public string? RoleArn { get; init; }
}
