namespace EcsKit;

/// <summary>
/// The root of an EcsKit program: the clusters, task definitions and services of one application,
/// declared with the fluent builders.
/// </summary>
/// <example>
/// <code>
/// var app = new EcsApp("shop");
/// var web = app.TaskDefinition("web", td => td
///     .Fargate(cpu: 512, memoryMiB: 1024)
///     .Container("app", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Port(80, name: "http")));
/// app.Cluster("shop").Service("web", s => s.TaskDefinition(web).DesiredCount(2).Subnets("subnet-1"));
/// </code>
/// </example>
public sealed class EcsApp
{
    private readonly List<TaskDefinition> _taskDefinitions = [];
    private readonly List<ClusterBuilder> _clusters = [];
    private readonly List<Service> _services = [];

    /// <summary>Creates an empty application.</summary>
    /// <param name="name">The application's name, used to label what it creates.</param>
    public EcsApp(string name) => Name = Guard.Name(name, "application", nameof(name));

    /// <summary>The application's name.</summary>
    public string Name { get; }

    /// <summary>The task definitions, in declaration order.</summary>
    public IReadOnlyList<TaskDefinition> TaskDefinitions => _taskDefinitions.AsReadOnly();

    /// <summary>The clusters, in declaration order.</summary>
    public IReadOnlyList<Cluster> Clusters => _clusters.Select(c => c.Build()).ToList();

    /// <summary>The services of every cluster, in declaration order; each names its cluster in <see cref="Service.Cluster"/>.</summary>
    public IReadOnlyList<Service> Services => _services.AsReadOnly();

    /// <summary>Declares a task definition.</summary>
    /// <returns>The finished definition, to pass to <see cref="ServiceBuilder.TaskDefinition(EcsKit.TaskDefinition)"/> or to use as a template.</returns>
    /// <exception cref="InvalidOperationException">The application already has a task definition of that family.</exception>
    public TaskDefinition TaskDefinition(string family, Action<TaskDefinitionBuilder> configure) =>
        TaskDefinition(family, template: null, configure);

    /// <summary>Declares a task definition that starts as a copy of <paramref name="template"/> (all but its family and tags).</summary>
    /// <example><c>app.TaskDefinition("web-canary", web, td => td.Container("app", c => c.Image("shop/web:2.0")))</c></example>
    public TaskDefinition TaskDefinition(string family, TaskDefinition? template, Action<TaskDefinitionBuilder> configure)
    {
        Guard.Name(family, "task definition", nameof(family));
        ArgumentNullException.ThrowIfNull(configure);
        var start = template is null
            ? new TaskDefinition { Family = family, ContainerDefinitions = [] }
            : template with { Family = family, Tags = null };
        var builder = new TaskDefinitionBuilder(start);
        configure(builder);
        return Add(builder.Build());
    }

    /// <summary>Adds a finished task definition, for example one read with <see cref="EcsJson.ParseTaskDefinition"/>.</summary>
    public TaskDefinition Add(TaskDefinition taskDefinition)
    {
        ArgumentNullException.ThrowIfNull(taskDefinition);
        Guard.Name(taskDefinition.Family, "task definition", nameof(taskDefinition));
        if (_taskDefinitions.Any(t => t.Family == taskDefinition.Family))
        {
            throw new InvalidOperationException(
                $"Application '{Name}' already has a task definition '{taskDefinition.Family}'; give each task definition its own family.");
        }
        _taskDefinitions.Add(taskDefinition);
        return taskDefinition;
    }

    /// <summary>The cluster of that name, declared on first use.</summary>
    public ClusterBuilder Cluster(string name)
    {
        Guard.Name(name, "cluster", nameof(name));
        var cluster = _clusters.FirstOrDefault(c => c.Name == name);
        if (cluster is null)
        {
            cluster = new ClusterBuilder(this, name);
            _clusters.Add(cluster);
        }
        return cluster;
    }

    /// <summary>The cluster of that name, declared on first use, then configured by <paramref name="configure"/>.</summary>
    public ClusterBuilder Cluster(string name, Action<ClusterBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var cluster = Cluster(name);
        configure(cluster);
        return cluster;
    }

    /// <summary>The task definition a service runs, when it is one of this application's (by family).</summary>
    public TaskDefinition? TaskDefinitionOf(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var reference = service.TaskDefinition;
        if (reference is null)
        {
            return null;
        }
        // family, family:revision, or arn:aws:ecs:region:account:task-definition/family:revision
        var slash = reference.LastIndexOf('/');
        var family = reference[(slash + 1)..].Split(':')[0];
        return _taskDefinitions.FirstOrDefault(t => t.Family == family);
    }

    internal void AddService(Service service)
    {
        if (_services.Any(s => s.Cluster == service.Cluster && s.ServiceName == service.ServiceName))
        {
            throw new InvalidOperationException(
                $"Cluster '{service.Cluster}' already has a service '{service.ServiceName}'; give each service of a cluster its own name.");
        }
        _services.Add(service);
    }
}
