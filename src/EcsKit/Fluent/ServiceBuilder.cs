namespace EcsKit;

/// <summary>
/// Configures a service. Each method sets one ECS member of <see cref="Service"/>;
/// <see cref="With"/> reaches any member directly.
/// </summary>
public sealed class ServiceBuilder
{
    private Service _service;

    internal ServiceBuilder(Service service) => _service = service;

    /// <summary>The service's name.</summary>
    public string Name => _service.ServiceName;

    internal Service Build() => _service;

    private string Owner => $"Service '{_service.ServiceName}'";

    /// <summary>Changes any member of the service, for the ECS fields without a shortcut here.</summary>
    public ServiceBuilder With(Func<Service, Service> change)
    {
        _service = Change.Apply(_service, change, Owner, s => (s.ServiceName, s.Cluster), "rename the service or move it to another cluster");
        return this;
    }

    /// <summary>Runs the latest revision of <paramref name="taskDefinition"/> (<c>taskDefinition</c> is its family).</summary>
    public ServiceBuilder TaskDefinition(TaskDefinition taskDefinition)
    {
        ArgumentNullException.ThrowIfNull(taskDefinition);
        return TaskDefinition(taskDefinition.Family);
    }

    /// <summary>Runs a task definition given as <c>family</c>, <c>family:revision</c> or a full ARN (<c>taskDefinition</c>).</summary>
    public ServiceBuilder TaskDefinition(string familyRevisionOrArn) =>
        With(s => s with { TaskDefinition = Guard.NotEmpty(familyRevisionOrArn, Owner, nameof(familyRevisionOrArn)) });

    /// <summary>How many tasks to keep running (<c>desiredCount</c>).</summary>
    public ServiceBuilder DesiredCount(int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"{Owner}: the desired count cannot be negative.");
        }
        return With(s => s with { DesiredCount = count });
    }

    /// <summary>Runs on Fargate (<c>launchType</c> FARGATE), optionally on a given platform version such as <c>1.4.0</c>.</summary>
    public ServiceBuilder Fargate(string? platformVersion = null) =>
        With(s => s with { LaunchType = EcsKit.LaunchType.Fargate, PlatformVersion = platformVersion ?? s.PlatformVersion });

    /// <summary>The launch type (<c>launchType</c>).</summary>
    public ServiceBuilder LaunchType(LaunchType launchType) => With(s => s with { LaunchType = launchType });

    /// <summary>Adds a capacity provider to the strategy (<c>capacityProviderStrategy</c>), such as <c>FARGATE_SPOT</c>.</summary>
    public ServiceBuilder CapacityProvider(string name, int? weight = null, int? @base = null) =>
        With(s => s with
        {
            CapacityProviderStrategy = s.CapacityProviderStrategy.Upsert(c => c.CapacityProvider == name,
                new CapacityProviderStrategyItem { CapacityProvider = Guard.NotEmpty(name, Owner, nameof(name)), Weight = weight, Base = @base }),
        });

    /// <summary>Runs one task on every container instance (<c>schedulingStrategy</c> DAEMON).</summary>
    public ServiceBuilder Daemon() => With(s => s with { SchedulingStrategy = EcsKit.SchedulingStrategy.Daemon });

    /// <summary>The subnets of the tasks' network interfaces (awsvpc <c>networkConfiguration</c>).</summary>
    public ServiceBuilder Subnets(params string[] subnetIds) =>
        AwsVpc(v => v with { Subnets = v.Subnets.Plus(subnetIds) });

    /// <summary>The security groups of the tasks' network interfaces (awsvpc <c>networkConfiguration</c>).</summary>
    public ServiceBuilder SecurityGroups(params string[] securityGroupIds) =>
        AwsVpc(v => v with { SecurityGroups = (v.SecurityGroups).Plus(securityGroupIds) });

    /// <summary>Gives each task a public IP address (awsvpc <c>assignPublicIp</c>).</summary>
    public ServiceBuilder AssignPublicIp(bool assign = true) =>
        AwsVpc(v => v with { AssignPublicIp = assign ? EcsKit.AssignPublicIp.Enabled : EcsKit.AssignPublicIp.Disabled });

    private ServiceBuilder AwsVpc(Func<AwsVpcConfiguration, AwsVpcConfiguration> change) =>
        With(s => s with
        {
            NetworkConfiguration = new NetworkConfiguration
            {
                AwsvpcConfiguration = change(s.NetworkConfiguration?.AwsvpcConfiguration ?? new AwsVpcConfiguration { Subnets = [] }),
            },
        });

    /// <summary>Registers the tasks' <paramref name="containerName"/>:<paramref name="containerPort"/> with a target group (<c>loadBalancers</c>).</summary>
    public ServiceBuilder LoadBalancer(string targetGroupArn, string containerName, int containerPort) =>
        With(s => s with
        {
            LoadBalancers = s.LoadBalancers.Plus(new LoadBalancer
            {
                TargetGroupArn = Guard.NotEmpty(targetGroupArn, Owner, nameof(targetGroupArn)),
                ContainerName = Guard.NotEmpty(containerName, Owner, nameof(containerName)),
                ContainerPort = Guard.Port(containerPort, Owner, nameof(containerPort)),
            }),
        });

    /// <summary>How long ECS ignores failing load-balancer health checks after a task starts (<c>healthCheckGracePeriodSeconds</c>).</summary>
    public ServiceBuilder HealthCheckGracePeriod(TimeSpan period) =>
        With(s => s with { HealthCheckGracePeriodSeconds = Guard.Seconds(period, Owner, nameof(period)) });

    /// <summary>Bounds a rolling deployment: tasks kept running and tasks allowed, in percent of the desired count.</summary>
    public ServiceBuilder RollingUpdate(int minimumHealthyPercent, int maximumPercent) =>
        Deployment(d => d with { MinimumHealthyPercent = minimumHealthyPercent, MaximumPercent = maximumPercent });

    /// <summary>Stops a deployment whose tasks keep failing to start and, with <paramref name="rollback"/>, returns to the last good one (<c>deploymentCircuitBreaker</c>).</summary>
    public ServiceBuilder CircuitBreaker(bool rollback = true) =>
        Deployment(d => d with { DeploymentCircuitBreaker = new DeploymentCircuitBreaker { Enable = true, Rollback = rollback } });

    /// <summary>Fails (and with <paramref name="rollback"/>, rolls back) a deployment when a CloudWatch alarm fires (<c>alarms</c>).</summary>
    public ServiceBuilder DeploymentAlarms(IEnumerable<string> alarmNames, bool rollback = true) =>
        Deployment(d => d with { Alarms = new DeploymentAlarms { AlarmNames = [.. alarmNames], Enable = true, Rollback = rollback } });

    private ServiceBuilder Deployment(Func<DeploymentConfiguration, DeploymentConfiguration> change) =>
        With(s => s with { DeploymentConfiguration = change(s.DeploymentConfiguration ?? new DeploymentConfiguration()) });

    /// <summary>Who runs deployments (<c>deploymentController</c>): ECS, CODE_DEPLOY or EXTERNAL.</summary>
    public ServiceBuilder DeploymentController(DeploymentControllerType type) =>
        With(s => s with { DeploymentController = new DeploymentController { Type = type } });

    /// <summary>Adds a placement strategy (<c>placementStrategy</c>), such as spread over <c>attribute:ecs.availability-zone</c>.</summary>
    public ServiceBuilder PlacementStrategy(PlacementStrategyType type, string? field = null) =>
        With(s => s with { PlacementStrategy = s.PlacementStrategy.Plus(new PlacementStrategy { Type = type, Field = field }) });

    /// <summary>Adds a placement constraint (<c>placementConstraints</c>): distinctInstance, or memberOf with an expression.</summary>
    public ServiceBuilder PlacementConstraint(PlacementConstraintType type, string? expression = null) =>
        With(s => s with { PlacementConstraints = s.PlacementConstraints.Plus(new PlacementConstraint { Type = type, Expression = expression }) });

    /// <summary>Registers the tasks in Cloud Map (<c>serviceRegistries</c>).</summary>
    public ServiceBuilder ServiceRegistry(string registryArn, string? containerName = null, int? containerPort = null) =>
        With(s => s with
        {
            ServiceRegistries = s.ServiceRegistries.Plus(new ServiceRegistry
            {
                RegistryArn = Guard.NotEmpty(registryArn, Owner, nameof(registryArn)),
                ContainerName = containerName,
                ContainerPort = containerPort,
            }),
        });

    /// <summary>Allows <c>aws ecs execute-command</c> into the tasks (<c>enableExecuteCommand</c>).</summary>
    public ServiceBuilder EnableExecuteCommand(bool enabled = true) => With(s => s with { EnableExecuteCommand = enabled });

    /// <summary>Tags tasks with the cluster and service names (<c>enableECSManagedTags</c>) and copies tags from <paramref name="propagate"/>.</summary>
    public ServiceBuilder ManagedTags(PropagateTags? propagate = null) =>
        With(s => s with { EnableECSManagedTags = true, PropagateTags = propagate ?? s.PropagateTags });

    /// <summary>Adds a tag (<c>tags</c>); setting a key again replaces its value.</summary>
    public ServiceBuilder Tag(string key, string value) =>
        With(s => s with { Tags = s.Tags.Upsert(t => t.Key == key, new Tag { Key = Guard.NotEmpty(key, Owner, nameof(key)), Value = value }) });
}
