using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>DeploymentController</c>.</summary>
public sealed record DeploymentController : EcsObject
{
    /// <summary>ECS member <c>type</c> (enum, required).</summary>
    [JsonPropertyName("type")]
    public required DeploymentControllerType Type { get; init; }
}
