using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>LoadBalancer</c>.</summary>
public sealed record LoadBalancer : EcsObject
{
    /// <summary>ECS member <c>targetGroupArn</c> (string).</summary>
    [JsonPropertyName("targetGroupArn")]
    public string? TargetGroupArn { get; init; }

    /// <summary>ECS member <c>loadBalancerName</c> (string).</summary>
    [JsonPropertyName("loadBalancerName")]
    public string? LoadBalancerName { get; init; }

    /// <summary>ECS member <c>containerName</c> (string).</summary>
    [JsonPropertyName("containerName")]
    public string? ContainerName { get; init; }

    /// <summary>ECS member <c>containerPort</c> (integer).</summary>
    [JsonPropertyName("containerPort")]
    public int? ContainerPort { get; init; }

    /// <summary>ECS member <c>advancedConfiguration</c> (structure).</summary>
    [JsonPropertyName("advancedConfiguration")]
    public AdvancedConfiguration? AdvancedConfiguration { get; init; }
}
