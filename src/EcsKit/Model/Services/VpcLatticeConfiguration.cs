using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>VpcLatticeConfiguration</c>.</summary>
public sealed record VpcLatticeConfiguration : EcsObject
{
    /// <summary>ECS member <c>roleArn</c> (string, required).</summary>
    [JsonPropertyName("roleArn")]
    public required string RoleArn { get; init; }

    /// <summary>ECS member <c>targetGroupArn</c> (string, required).</summary>
    [JsonPropertyName("targetGroupArn")]
    public required string TargetGroupArn { get; init; }

    /// <summary>ECS member <c>portName</c> (string, required).</summary>
    [JsonPropertyName("portName")]
    public required string PortName { get; init; }
}
