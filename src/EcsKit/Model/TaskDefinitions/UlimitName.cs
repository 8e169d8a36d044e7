using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>UlimitName</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<UlimitName>))]
public enum UlimitName
{
    /// <summary>The ECS value <c>core</c>.</summary>
    [JsonStringEnumMemberName("core")]
    Core,

    /// <summary>The ECS value <c>cpu</c>.</summary>
    [JsonStringEnumMemberName("cpu")]
    Cpu,

    /// <summary>The ECS value <c>data</c>.</summary>
    [JsonStringEnumMemberName("data")]
    Data,

    /// <summary>The ECS value <c>fsize</c>.</summary>
    [JsonStringEnumMemberName("fsize")]
    Fsize,

    /// <summary>The ECS value <c>locks</c>.</summary>
    [JsonStringEnumMemberName("locks")]
    Locks,

    /// <summary>The ECS value <c>memlock</c>.</summary>
    [JsonStringEnumMemberName("memlock")]
    Memlock,

    /// <summary>The ECS value <c>msgqueue</c>.</summary>
    [JsonStringEnumMemberName("msgqueue")]
    Msgqueue,

    /// <summary>The ECS value <c>nice</c>.</summary>
    [JsonStringEnumMemberName("nice")]
    Nice,

    /// <summary>The ECS value <c>nofile</c>.</summary>
    [JsonStringEnumMemberName("nofile")]
    Nofile,

    /// <summary>The ECS value <c>nproc</c>.</summary>
    [JsonStringEnumMemberName("nproc")]
    Nproc,

    /// <summary>The ECS value <c>rss</c>.</summary>
    [JsonStringEnumMemberName("rss")]
    Rss,

    /// <summary>The ECS value <c>rtprio</c>.</summary>
    [JsonStringEnumMemberName("rtprio")]
    Rtprio,

    /// <summary>The ECS value <c>rttime</c>.</summary>
    [JsonStringEnumMemberName("rttime")]
    Rttime,

    /// <summary>The ECS value <c>sigpending</c>.</summary>
    [JsonStringEnumMemberName("sigpending")]
    Sigpending,

    /// <summary>The ECS value <c>stack</c>.</summary>
    [JsonStringEnumMemberName("stack")]
    Stack,
}
