namespace EcsKit.Aws.Tests.FakeEcs;

/// <summary>A task of the fake, started by a service deployment or by RunTask.</summary>
public sealed class FakeTask(string arn, string clusterArn, FakeTaskDefinition taskDefinition, string group, string? startedBy, DateTimeOffset createdAt)
{
    public string Arn { get; } = arn;

    public string ClusterArn { get; } = clusterArn;

    public FakeTaskDefinition TaskDefinition { get; } = taskDefinition;

    /// <summary><c>service:NAME</c> or <c>family:FAMILY</c>.</summary>
    public string Group { get; } = group;

    /// <summary>The deployment id for a service's task, the caller's value for RunTask.</summary>
    public string? StartedBy { get; } = startedBy;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public string LastStatus { get; set; } = "PENDING";

    public string DesiredStatus { get; set; } = "RUNNING";

    public string? StopCode { get; set; }

    public string? StoppedReason { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>Per container: exit code and reason once stopped.</summary>
    public Dictionary<string, (int? ExitCode, string? Reason)> Exits { get; } = [];

    /// <summary>While STOPPING: DescribeServices calls of its service left before it is STOPPED.</summary>
    public int StopCountdown { get; set; }

    public bool IsLive => LastStatus != "STOPPED";
}
