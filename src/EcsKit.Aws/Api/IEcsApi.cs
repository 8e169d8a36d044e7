namespace EcsKit.Aws;

/// <summary>
/// The ECS API operations EcsKit needs, behind an interface of its own: <see cref="EcsApiClient"/> implements it on
/// AWSSDK.Core (credentials, region, SigV4, retries), and an adapter over AWSSDK.ECS's <c>IAmazonECS</c> can implement
/// it where that package is available. Requests are EcsKit's model (the ECS API shapes); responses are the parts of
/// the ECS responses that planning, deploying and explaining read.
/// </summary>
/// <remarks>
/// Failures are <see cref="EcsApiException"/>s carrying the ECS error code (ClusterNotFoundException,
/// ServiceNotFoundException, InvalidParameterException ...). List operations follow nextToken to the end.
/// </remarks>
public interface IEcsApi
{
    /// <summary>CreateCluster.</summary>
    Task<EcsClusterInfo> CreateClusterAsync(Cluster cluster, CancellationToken cancellationToken = default);

    /// <summary>DescribeClusters of one cluster; null when ECS does not know it (a failure entry "MISSING").</summary>
    Task<EcsClusterInfo?> DescribeClusterAsync(string cluster, CancellationToken cancellationToken = default);

    /// <summary>DeleteCluster.</summary>
    Task DeleteClusterAsync(string cluster, CancellationToken cancellationToken = default);

    /// <summary>RegisterTaskDefinition: a new revision of the definition's family.</summary>
    Task<EcsTaskDefinitionInfo> RegisterTaskDefinitionAsync(TaskDefinition taskDefinition, CancellationToken cancellationToken = default);

    /// <summary>DescribeTaskDefinition (with its tags) of a family (latest ACTIVE revision), family:revision or ARN; null when there is none.</summary>
    Task<EcsTaskDefinitionInfo?> DescribeTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken = default);

    /// <summary>ListTaskDefinitions of a family (all revisions, ACTIVE unless <paramref name="status"/> says otherwise), following nextToken.</summary>
    Task<IReadOnlyList<string>> ListTaskDefinitionsAsync(string familyPrefix, string? status = null, CancellationToken cancellationToken = default);

    /// <summary>DeregisterTaskDefinition of one revision (family:revision or ARN).</summary>
    Task DeregisterTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken = default);

    /// <summary>CreateService.</summary>
    Task<EcsServiceInfo> CreateServiceAsync(Service service, CancellationToken cancellationToken = default);

    /// <summary>UpdateService.</summary>
    Task<EcsServiceInfo> UpdateServiceAsync(EcsServiceUpdate update, CancellationToken cancellationToken = default);

    /// <summary>DescribeServices; services ECS does not know are left out of the result.</summary>
    Task<IReadOnlyList<EcsServiceInfo>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken = default);

    /// <summary>DeleteService (with force, also a service that still has tasks).</summary>
    Task DeleteServiceAsync(string cluster, string service, bool force = false, CancellationToken cancellationToken = default);

    /// <summary>ListServices of a cluster (ARNs), following nextToken.</summary>
    Task<IReadOnlyList<string>> ListServicesAsync(string cluster, CancellationToken cancellationToken = default);

    /// <summary>RunTask.</summary>
    Task<IReadOnlyList<EcsTaskInfo>> RunTaskAsync(EcsRunTask request, CancellationToken cancellationToken = default);

    /// <summary>StopTask.</summary>
    Task StopTaskAsync(string cluster, string task, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>DescribeTasks.</summary>
    Task<IReadOnlyList<EcsTaskInfo>> DescribeTasksAsync(string cluster, IReadOnlyList<string> tasks, CancellationToken cancellationToken = default);

    /// <summary>ListTasks (ARNs) of a cluster, optionally of one service and desired status (RUNNING, STOPPED), following nextToken.</summary>
    Task<IReadOnlyList<string>> ListTasksAsync(string cluster, string? serviceName = null, string? desiredStatus = null, CancellationToken cancellationToken = default);

    /// <summary>ListContainerInstances (ARNs) of a cluster, optionally with a status (ACTIVE, DRAINING ...), following nextToken.</summary>
    Task<IReadOnlyList<string>> ListContainerInstancesAsync(string cluster, string? status = null, CancellationToken cancellationToken = default);

    /// <summary>DescribeContainerInstances.</summary>
    Task<IReadOnlyList<EcsContainerInstanceInfo>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstances, CancellationToken cancellationToken = default);

    /// <summary>DeregisterContainerInstance.</summary>
    Task DeregisterContainerInstanceAsync(string cluster, string containerInstance, bool force = false, CancellationToken cancellationToken = default);

    /// <summary>TagResource.</summary>
    Task TagResourceAsync(string resourceArn, IReadOnlyList<Tag> tags, CancellationToken cancellationToken = default);

    /// <summary>ListTagsForResource.</summary>
    Task<IReadOnlyList<Tag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken = default);
}
