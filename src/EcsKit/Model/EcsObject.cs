using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>
/// Base of every ECS API shape in EcsKit. It carries the JSON members this version of EcsKit
/// does not know (fields ECS added later), so that reading and writing JSON never loses them.
/// </summary>
public abstract record EcsObject
{
    private Dictionary<string, JsonElement>? _additionalMembers;

    /// <summary>
    /// JSON members that are not part of the ECS model EcsKit was built from, in the order they were read.
    /// They are written back unchanged. Set them to reach an ECS field that EcsKit does not model yet.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement>? AdditionalMembers
    {
        get => _additionalMembers;
        init => _additionalMembers = value is null || value.Count == 0 ? null : new Dictionary<string, JsonElement>(value);
    }

    // System.Text.Json needs a mutable dictionary to collect unknown members; it stays internal
    // so that the public surface remains immutable.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData
    {
        get => _additionalMembers;
        set => _additionalMembers = value;
    }
}
