using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>CPUArchitecture</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<CPUArchitecture>))]
public enum CPUArchitecture
{
    /// <summary>The ECS value <c>X86_64</c>.</summary>
    [JsonStringEnumMemberName("X86_64")]
    [SuppressMessage("Naming", "CA1707", Justification = "The ECS spelling of the value.")]
    X86_64,

    /// <summary>The ECS value <c>ARM64</c>.</summary>
    [JsonStringEnumMemberName("ARM64")]
    Arm64,
}
