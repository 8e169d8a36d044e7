using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>AwsVpcConfiguration</c>.</summary>
public sealed record AwsVpcConfiguration : EcsObject
{
    /// <summary>ECS member <c>subnets</c> (list of string, required).</summary>
    [JsonPropertyName("subnets")]
    public required IReadOnlyList<string> Subnets { get; init; }

    /// <summary>ECS member <c>securityGroups</c> (list of string).</summary>
    [JsonPropertyName("securityGroups")]
    public IReadOnlyList<string>? SecurityGroups { get; init; }

    /// <summary>ECS member <c>assignPublicIp</c> (enum).</summary>
    [JsonPropertyName("assignPublicIp")]
    public AssignPublicIp? AssignPublicIp { get; init; }
}
