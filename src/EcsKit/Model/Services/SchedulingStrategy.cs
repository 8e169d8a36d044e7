using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>SchedulingStrategy</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<SchedulingStrategy>))]
public enum SchedulingStrategy
{
    /// <summary>The ECS value <c>REPLICA</c>.</summary>
    [JsonStringEnumMemberName("REPLICA")]
    Replica,

    /// <summary>The ECS value <c>DAEMON</c>.</summary>
    [JsonStringEnumMemberName("DAEMON")]
    Daemon,
}
