using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>EFSAuthorizationConfig</c>.</summary>
public sealed record EFSAuthorizationConfig : EcsObject
{
    /// <summary>ECS member <c>accessPointId</c> (string).</summary>
    [JsonPropertyName("accessPointId")]
    public string? AccessPointId { get; init; }

    /// <summary>ECS member <c>iam</c> (enum).</summary>
    [JsonPropertyName("iam")]
    public EFSAuthorizationConfigIAM? Iam { get; init; }
}
