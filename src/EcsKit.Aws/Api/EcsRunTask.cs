namespace EcsKit.Aws;

/// <summary>A RunTask request.</summary>
/// <param name="Cluster">The cluster.</param>
/// <param name="TaskDefinition">family, family:revision or ARN.</param>
public sealed record EcsRunTask(string Cluster, string TaskDefinition)
{
    /// <summary>How many tasks (1 to 10).</summary>
    public int Count { get; init; } = 1;

    /// <summary>FARGATE or EC2, or null for the cluster's default capacity provider strategy.</summary>
    public LaunchType? LaunchType { get; init; }

    /// <summary>Subnets and security groups (awsvpc).</summary>
    public NetworkConfiguration? NetworkConfiguration { get; init; }

    /// <summary>Recorded on the task (startedBy).</summary>
    public string? StartedBy { get; init; }
}
