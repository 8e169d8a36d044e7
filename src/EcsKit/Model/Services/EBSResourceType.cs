using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>EBSResourceType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<EBSResourceType>))]
public enum EBSResourceType
{
    /// <summary>The ECS value <c>volume</c>.</summary>
    [JsonStringEnumMemberName("volume")]
    Volume,
}
