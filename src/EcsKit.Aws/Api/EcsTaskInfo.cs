namespace EcsKit.Aws;

/// <summary>A task as DescribeTasks (or RunTask) reports it.</summary>
/// <param name="TaskArn">Its ARN.</param>
/// <param name="TaskDefinitionArn">The task definition revision it runs.</param>
/// <param name="Group"><c>service:NAME</c> or <c>family:FAMILY</c>.</param>
/// <param name="LastStatus">PROVISIONING, PENDING, RUNNING, ... STOPPED.</param>
/// <param name="DesiredStatus">RUNNING or STOPPED.</param>
/// <param name="StopCode">TaskFailedToStart, EssentialContainerExited, UserInitiated, ServiceSchedulerInitiated ...</param>
/// <param name="StoppedReason">ECS's reason, such as "Essential container in task exited".</param>
/// <param name="StoppedAt">When it stopped.</param>
/// <param name="Containers">Its containers.</param>
public sealed record EcsTaskInfo(
    string TaskArn, string TaskDefinitionArn, string? Group, string LastStatus, string DesiredStatus,
    string? StopCode, string? StoppedReason, DateTimeOffset? StoppedAt, IReadOnlyList<EcsContainerInfo> Containers);

/// <summary>A container of a task.</summary>
/// <param name="Name">Its name in the task definition.</param>
/// <param name="LastStatus">PENDING, RUNNING or STOPPED.</param>
/// <param name="ExitCode">Its exit code once stopped.</param>
/// <param name="Reason">Why it stopped or could not start (CannotPullContainerError, OutOfMemoryError ...).</param>
/// <param name="HealthStatus">HEALTHY, UNHEALTHY or UNKNOWN.</param>
public sealed record EcsContainerInfo(string Name, string? LastStatus, int? ExitCode, string? Reason, string? HealthStatus);
