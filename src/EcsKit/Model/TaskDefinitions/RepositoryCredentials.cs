using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>RepositoryCredentials</c>.</summary>
public sealed record RepositoryCredentials : EcsObject
{
    /// <summary>ECS member <c>credentialsParameter</c> (string, required).</summary>
    [JsonPropertyName("credentialsParameter")]
    public required string CredentialsParameter { get; init; }
}
