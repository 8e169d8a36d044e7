namespace EcsKit.Aws;

/// <summary>A cluster as DescribeClusters reports it.</summary>
/// <param name="ClusterArn">The cluster's ARN.</param>
/// <param name="ClusterName">The cluster's name.</param>
/// <param name="Status">ACTIVE, PROVISIONING, DEPROVISIONING, FAILED or INACTIVE (deleted).</param>
/// <param name="ActiveServicesCount">Services in the cluster.</param>
/// <param name="RunningTasksCount">Tasks RUNNING in the cluster.</param>
/// <param name="RegisteredContainerInstancesCount">EC2 container instances registered.</param>
/// <param name="Definition">The cluster as a request shape (settings, capacity providers, tags ...), for comparing with the declared one.</param>
public sealed record EcsClusterInfo(
    string ClusterArn, string ClusterName, string Status, int ActiveServicesCount, int RunningTasksCount, int RegisteredContainerInstancesCount, Cluster Definition);
