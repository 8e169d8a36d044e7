using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>DeviceCgroupPermission</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<DeviceCgroupPermission>))]
[SuppressMessage("Naming", "CA1711", Justification = "The ECS model name of the type.")]
public enum DeviceCgroupPermission
{
    /// <summary>The ECS value <c>read</c>.</summary>
    [JsonStringEnumMemberName("read")]
    Read,

    /// <summary>The ECS value <c>write</c>.</summary>
    [JsonStringEnumMemberName("write")]
    Write,

    /// <summary>The ECS value <c>mknod</c>.</summary>
    [JsonStringEnumMemberName("mknod")]
    Mknod,
}
