namespace EcsKit.Docker.Engine;

/// <summary>
/// The labels on every Docker object EcsKit creates. They are the only record of what belongs to an
/// application, so that <c>down</c> finds everything even after the EcsKit process was killed.
/// </summary>
internal static class Labels
{
    public const string App = "com.ecskit.app";
    public const string Task = "com.ecskit.task";
    public const string Service = "com.ecskit.service";
    public const string Family = "com.ecskit.family";
    public const string Revision = "com.ecskit.revision";
    public const string Container = "com.ecskit.container";
    public const string Cluster = "com.ecskit.cluster";

    /// <summary>A hash of the task definition's JSON: tells a later <c>up</c> whether a running task is of the same definition.</summary>
    public const string Definition = "com.ecskit.definition";

    /// <summary>What the object is to EcsKit: see <see cref="Roles"/>.</summary>
    public const string Role = "com.ecskit.role";

    /// <summary>The labels the ECS agent puts on task containers, which programs inside may read.</summary>
    public const string EcsCluster = "com.amazonaws.ecs.cluster";
    public const string EcsContainerName = "com.amazonaws.ecs.container-name";
    public const string EcsTaskArn = "com.amazonaws.ecs.task-arn";
    public const string EcsFamily = "com.amazonaws.ecs.task-definition-family";
    public const string EcsVersion = "com.amazonaws.ecs.task-definition-version";

    public static class Roles
    {
        public const string Container = "container";
        public const string Pause = "pause";
        public const string Network = "network";
        public const string Volume = "volume";
    }

    /// <summary>The engine-side filter for objects of one application.</summary>
    public static IDictionary<string, IDictionary<string, bool>> OfApp(string app) =>
        new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"{App}={app}"] = true } };
}
