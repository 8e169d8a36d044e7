namespace EcsKit.Aws;

/// <summary>A service as DescribeServices (or CreateService, UpdateService) reports it.</summary>
/// <param name="ServiceArn">Its ARN.</param>
/// <param name="ServiceName">Its name.</param>
/// <param name="ClusterArn">Its cluster's ARN.</param>
/// <param name="Status">ACTIVE, DRAINING or INACTIVE (deleted).</param>
/// <param name="TaskDefinition">The task definition ARN of its primary deployment.</param>
/// <param name="DesiredCount">Tasks it should run.</param>
/// <param name="RunningCount">Tasks RUNNING.</param>
/// <param name="PendingCount">Tasks PENDING.</param>
/// <param name="Deployments">Its deployments, PRIMARY first.</param>
/// <param name="Events">Its most recent events, newest first.</param>
/// <param name="Definition">The service as a CreateService request shape, for comparing with the declared one.</param>
public sealed record EcsServiceInfo(
    string ServiceArn,
    string ServiceName,
    string ClusterArn,
    string Status,
    string TaskDefinition,
    int DesiredCount,
    int RunningCount,
    int PendingCount,
    IReadOnlyList<EcsDeploymentInfo> Deployments,
    IReadOnlyList<EcsServiceEvent> Events,
    Service Definition);

/// <summary>One deployment of a service.</summary>
/// <param name="Id">Its id (ecs-svc/…).</param>
/// <param name="Status">PRIMARY, ACTIVE or INACTIVE.</param>
/// <param name="TaskDefinition">The task definition ARN it rolls out.</param>
/// <param name="DesiredCount">Tasks it should run.</param>
/// <param name="RunningCount">Tasks RUNNING.</param>
/// <param name="PendingCount">Tasks PENDING.</param>
/// <param name="FailedTasks">Tasks that failed to start, as the circuit breaker counts them.</param>
/// <param name="RolloutState">IN_PROGRESS, COMPLETED or FAILED.</param>
/// <param name="RolloutStateReason">Why, in ECS's words.</param>
/// <param name="CreatedAt">When it began.</param>
public sealed record EcsDeploymentInfo(
    string Id, string Status, string TaskDefinition, int DesiredCount, int RunningCount, int PendingCount, int FailedTasks,
    string? RolloutState, string? RolloutStateReason, DateTimeOffset? CreatedAt);

/// <summary>A service event, as ECS writes it ("(service web) has reached a steady state.").</summary>
public sealed record EcsServiceEvent(string Id, DateTimeOffset CreatedAt, string Message);
