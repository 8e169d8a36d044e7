using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>DeploymentLifecycleHookStage</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<DeploymentLifecycleHookStage>))]
public enum DeploymentLifecycleHookStage
{
    /// <summary>The ECS value <c>RECONCILE_SERVICE</c>.</summary>
    [JsonStringEnumMemberName("RECONCILE_SERVICE")]
    ReconcileService,

    /// <summary>The ECS value <c>PRE_SCALE_UP</c>.</summary>
    [JsonStringEnumMemberName("PRE_SCALE_UP")]
    PreScaleUp,

    /// <summary>The ECS value <c>POST_SCALE_UP</c>.</summary>
    [JsonStringEnumMemberName("POST_SCALE_UP")]
    PostScaleUp,

    /// <summary>The ECS value <c>TEST_TRAFFIC_SHIFT</c>.</summary>
    [JsonStringEnumMemberName("TEST_TRAFFIC_SHIFT")]
    TestTrafficShift,

    /// <summary>The ECS value <c>POST_TEST_TRAFFIC_SHIFT</c>.</summary>
    [JsonStringEnumMemberName("POST_TEST_TRAFFIC_SHIFT")]
    PostTestTrafficShift,

    /// <summary>The ECS value <c>PRE_PRODUCTION_TRAFFIC_SHIFT</c>.</summary>
    [JsonStringEnumMemberName("PRE_PRODUCTION_TRAFFIC_SHIFT")]
    PreProductionTrafficShift,

    /// <summary>The ECS value <c>PRODUCTION_TRAFFIC_SHIFT</c>.</summary>
    [JsonStringEnumMemberName("PRODUCTION_TRAFFIC_SHIFT")]
    ProductionTrafficShift,

    /// <summary>The ECS value <c>POST_PRODUCTION_TRAFFIC_SHIFT</c>.</summary>
    [JsonStringEnumMemberName("POST_PRODUCTION_TRAFFIC_SHIFT")]
    PostProductionTrafficShift,
}
