namespace EcsKit.Aws.Tests.FakeEcs;

/// <summary>An EC2 container instance registered with a cluster of the fake.</summary>
public sealed class FakeContainerInstance(string arn, string clusterName, string ec2InstanceId, bool agentConnected, int runningTasksCount)
{
    public string Arn { get; } = arn;

    public string ClusterName { get; } = clusterName;

    public string Ec2InstanceId { get; } = ec2InstanceId;

    public bool AgentConnected { get; set; } = agentConnected;

    public int RunningTasksCount { get; set; } = runningTasksCount;

    public string Status { get; set; } = "ACTIVE";
}
