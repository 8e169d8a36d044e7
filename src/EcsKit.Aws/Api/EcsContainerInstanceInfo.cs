namespace EcsKit.Aws;

/// <summary>An EC2 container instance of a cluster.</summary>
/// <param name="ContainerInstanceArn">Its ARN.</param>
/// <param name="Ec2InstanceId">The EC2 instance id.</param>
/// <param name="Status">ACTIVE, DRAINING, REGISTERING, DEREGISTERING, INACTIVE ...</param>
/// <param name="AgentConnected">Whether its ECS agent is connected (false after the instance was terminated without deregistering).</param>
/// <param name="RunningTasksCount">Tasks RUNNING on it.</param>
public sealed record EcsContainerInstanceInfo(string ContainerInstanceArn, string? Ec2InstanceId, string Status, bool AgentConnected, int RunningTasksCount);
