using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>OSFamily</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<OSFamily>))]
public enum OSFamily
{
    /// <summary>The ECS value <c>WINDOWS_SERVER_2019_FULL</c>.</summary>
    [JsonStringEnumMemberName("WINDOWS_SERVER_2019_FULL")]
    WindowsServer2019Full,

    /// <summary>The ECS value <c>WINDOWS_SERVER_2019_CORE</c>.</summary>
    [JsonStringEnumMemberName("WINDOWS_SERVER_2019_CORE")]
    WindowsServer2019Core,

    /// <summary>The ECS value <c>WINDOWS_SERVER_2016_FULL</c>.</summary>
    [JsonStringEnumMemberName("WINDOWS_SERVER_2016_FULL")]
    WindowsServer2016Full,

    /// <summary>The ECS value <c>WINDOWS_SERVER_2004_CORE</c>.</summary>
    [JsonStringEnumMemberName("WINDOWS_SERVER_2004_CORE")]
    WindowsServer2004Core,

    /// <summary>The ECS value <c>WINDOWS_SERVER_2022_CORE</c>.</summary>
    [JsonStringEnumMemberName("WINDOWS_SERVER_2022_CORE")]
    WindowsServer2022Core,

    /// <summary>The ECS value <c>WINDOWS_SERVER_2022_FULL</c>.</summary>
    [JsonStringEnumMemberName("WINDOWS_SERVER_2022_FULL")]
    WindowsServer2022Full,

    /// <summary>The ECS value <c>WINDOWS_SERVER_2025_CORE</c>.</summary>
    [JsonStringEnumMemberName("WINDOWS_SERVER_2025_CORE")]
    WindowsServer2025Core,

    /// <summary>The ECS value <c>WINDOWS_SERVER_2025_FULL</c>.</summary>
    [JsonStringEnumMemberName("WINDOWS_SERVER_2025_FULL")]
    WindowsServer2025Full,

    /// <summary>The ECS value <c>WINDOWS_SERVER_20H2_CORE</c>.</summary>
    [JsonStringEnumMemberName("WINDOWS_SERVER_20H2_CORE")]
    WindowsServer20h2Core,

    /// <summary>The ECS value <c>LINUX</c>.</summary>
    [JsonStringEnumMemberName("LINUX")]
    Linux,
}
