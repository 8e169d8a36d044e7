using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>EBSTagSpecification</c>.</summary>
public sealed record EBSTagSpecification : EcsObject
{
    /// <summary>ECS member <c>resourceType</c> (enum, required).</summary>
    [JsonPropertyName("resourceType")]
    public required EBSResourceType ResourceType { get; init; }

    /// <summary>ECS member <c>tags</c> (list of structure).</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<Tag>? Tags { get; init; }

    /// <summary>ECS member <c>propagateTags</c> (enum).</summary>
    [JsonPropertyName("propagateTags")]
    public PropagateTags? PropagateTags { get; init; }
}
