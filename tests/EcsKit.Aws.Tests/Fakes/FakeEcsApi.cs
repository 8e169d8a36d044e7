namespace EcsKit.Aws.Tests.Fakes;

/// <summary>
/// An in-memory ECS for planning and explaining: it answers the describe and list operations from what a test put
/// in it and records each call; every operation that would change something throws.
/// </summary>
public sealed class FakeEcsApi : IEcsApi
{
    public Dictionary<string, EcsClusterInfo> Clusters { get; } = new(StringComparer.Ordinal);

    /// <summary>Every revision of every family.</summary>
    public List<EcsTaskDefinitionInfo> TaskDefinitions { get; } = [];

    /// <summary>Services by cluster name, then service name.</summary>
    public Dictionary<string, Dictionary<string, EcsServiceInfo>> Services { get; } = new(StringComparer.Ordinal);

    /// <summary>Tasks by ARN, with the service they belong to.</summary>
    public List<(string Cluster, string? Service, EcsTaskInfo Task)> Tasks { get; } = [];

    public List<string> Calls { get; } = [];

    public void Add(EcsClusterInfo cluster) => Clusters[cluster.ClusterName] = cluster;

    public void Add(EcsTaskDefinitionInfo taskDefinition) => TaskDefinitions.Add(taskDefinition);

    public void Add(string cluster, EcsServiceInfo service)
    {
        if (!Services.TryGetValue(cluster, out var services))
        {
            Services[cluster] = services = new(StringComparer.Ordinal);
        }
        services[service.ServiceName] = service;
    }

    public Task<EcsClusterInfo?> DescribeClusterAsync(string cluster, CancellationToken cancellationToken = default)
    {
        Calls.Add($"DescribeClusters {cluster}");
        return Task.FromResult(Clusters.GetValueOrDefault(cluster));
    }

    public Task<EcsTaskDefinitionInfo?> DescribeTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken = default)
    {
        Calls.Add($"DescribeTaskDefinition {taskDefinition}");
        var name = taskDefinition[(taskDefinition.LastIndexOf('/') + 1)..];
        var parts = name.Split(':');
        var found = parts.Length == 2
            ? TaskDefinitions.FirstOrDefault(t => t.Definition.Family == parts[0] && t.Revision == int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture))
            : TaskDefinitions.Where(t => t.Definition.Family == name && t.Status == "ACTIVE").MaxBy(t => t.Revision);
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<string>> ListTaskDefinitionsAsync(string familyPrefix, string? status = null, CancellationToken cancellationToken = default)
    {
        Calls.Add($"ListTaskDefinitions {familyPrefix}");
        IReadOnlyList<string> arns = TaskDefinitions
            .Where(t => t.Definition.Family.StartsWith(familyPrefix, StringComparison.Ordinal) && t.Status == (status ?? "ACTIVE"))
            .Select(t => t.TaskDefinitionArn).ToList();
        return Task.FromResult(arns);
    }

    public Task<IReadOnlyList<EcsServiceInfo>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken = default)
    {
        Calls.Add($"DescribeServices {cluster} {string.Join(",", services)}");
        if (services.Count > 10)
        {
            throw new EcsApiException("DescribeServices", "InvalidParameterException", "services can have at most 10 items.", 400);
        }
        IReadOnlyList<EcsServiceInfo> found = Services.TryGetValue(cluster, out var known)
            ? services.Where(known.ContainsKey).Select(s => known[s]).ToList()
            : [];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<string>> ListServicesAsync(string cluster, CancellationToken cancellationToken = default)
    {
        Calls.Add($"ListServices {cluster}");
        IReadOnlyList<string> arns = Services.TryGetValue(cluster, out var known) ? known.Values.Select(s => s.ServiceArn).ToList() : [];
        return Task.FromResult(arns);
    }

    public Task<IReadOnlyList<string>> ListTasksAsync(string cluster, string? serviceName = null, string? desiredStatus = null, CancellationToken cancellationToken = default)
    {
        Calls.Add($"ListTasks {cluster} {serviceName} {desiredStatus}");
        IReadOnlyList<string> arns = Tasks
            .Where(t => t.Cluster == cluster && (serviceName is null || t.Service == serviceName) && (desiredStatus is null || t.Task.DesiredStatus == desiredStatus))
            .Select(t => t.Task.TaskArn).ToList();
        return Task.FromResult(arns);
    }

    public Task<IReadOnlyList<EcsTaskInfo>> DescribeTasksAsync(string cluster, IReadOnlyList<string> tasks, CancellationToken cancellationToken = default)
    {
        Calls.Add($"DescribeTasks {cluster} {tasks.Count}");
        if (tasks.Count > 100)
        {
            throw new EcsApiException("DescribeTasks", "InvalidParameterException", "tasks can have at most 100 items.", 400);
        }
        IReadOnlyList<EcsTaskInfo> found = Tasks.Where(t => t.Cluster == cluster && tasks.Contains(t.Task.TaskArn)).Select(t => t.Task).ToList();
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<string>> ListContainerInstancesAsync(string cluster, string? status = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task<IReadOnlyList<EcsContainerInstanceInfo>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstances, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<EcsContainerInstanceInfo>>([]);

    public Task<IReadOnlyList<Tag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Tag>>([]);

    public Task<EcsClusterInfo> CreateClusterAsync(Cluster cluster, CancellationToken cancellationToken = default) => throw Changes();

    public Task DeleteClusterAsync(string cluster, CancellationToken cancellationToken = default) => throw Changes();

    public Task<EcsTaskDefinitionInfo> RegisterTaskDefinitionAsync(TaskDefinition taskDefinition, CancellationToken cancellationToken = default) => throw Changes();

    public Task DeregisterTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken = default) => throw Changes();

    public Task<EcsServiceInfo> CreateServiceAsync(Service service, CancellationToken cancellationToken = default) => throw Changes();

    public Task<EcsServiceInfo> UpdateServiceAsync(EcsServiceUpdate update, CancellationToken cancellationToken = default) => throw Changes();

    public Task DeleteServiceAsync(string cluster, string service, bool force = false, CancellationToken cancellationToken = default) => throw Changes();

    public Task<IReadOnlyList<EcsTaskInfo>> RunTaskAsync(EcsRunTask request, CancellationToken cancellationToken = default) => throw Changes();

    public Task StopTaskAsync(string cluster, string task, string? reason = null, CancellationToken cancellationToken = default) => throw Changes();

    public Task DeregisterContainerInstanceAsync(string cluster, string containerInstance, bool force = false, CancellationToken cancellationToken = default) => throw Changes();

    public Task TagResourceAsync(string resourceArn, IReadOnlyList<Tag> tags, CancellationToken cancellationToken = default) => throw Changes();

    private static NotSupportedException Changes([System.Runtime.CompilerServices.CallerMemberName] string operation = "") =>
        new($"{operation} changes ECS; planning and explaining must only describe and list.");
}
