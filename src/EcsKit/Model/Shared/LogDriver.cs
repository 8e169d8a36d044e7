using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>LogDriver</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<LogDriver>))]
public enum LogDriver
{
    /// <summary>The ECS value <c>json-file</c>.</summary>
    [JsonStringEnumMemberName("json-file")]
    JsonFile,

    /// <summary>The ECS value <c>syslog</c>.</summary>
    [JsonStringEnumMemberName("syslog")]
    Syslog,

    /// <summary>The ECS value <c>journald</c>.</summary>
    [JsonStringEnumMemberName("journald")]
    Journald,

    /// <summary>The ECS value <c>gelf</c>.</summary>
    [JsonStringEnumMemberName("gelf")]
    Gelf,

    /// <summary>The ECS value <c>fluentd</c>.</summary>
    [JsonStringEnumMemberName("fluentd")]
    Fluentd,

    /// <summary>The ECS value <c>awslogs</c>.</summary>
    [JsonStringEnumMemberName("awslogs")]
    Awslogs,

    /// <summary>The ECS value <c>splunk</c>.</summary>
    [JsonStringEnumMemberName("splunk")]
    Splunk,

    /// <summary>The ECS value <c>awsfirelens</c>.</summary>
    [JsonStringEnumMemberName("awsfirelens")]
    Awsfirelens,
}
