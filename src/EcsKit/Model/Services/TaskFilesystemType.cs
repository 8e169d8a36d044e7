using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>TaskFilesystemType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<TaskFilesystemType>))]
public enum TaskFilesystemType
{
    /// <summary>The ECS value <c>ext3</c>.</summary>
    [JsonStringEnumMemberName("ext3")]
    Ext3,

    /// <summary>The ECS value <c>ext4</c>.</summary>
    [JsonStringEnumMemberName("ext4")]
    Ext4,

    /// <summary>The ECS value <c>xfs</c>.</summary>
    [JsonStringEnumMemberName("xfs")]
    Xfs,

    /// <summary>The ECS value <c>ntfs</c>.</summary>
    [JsonStringEnumMemberName("ntfs")]
    Ntfs,
}
