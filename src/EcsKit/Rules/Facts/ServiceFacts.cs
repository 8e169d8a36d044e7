namespace EcsKit.Rules;

/// <summary>A service as the rules see it, with the task definition it runs where that is known.</summary>
internal sealed class ServiceFacts
{
    /// <summary>The JSON path of the service (<c>$</c> for a file of its own).</summary>
    public string Path { get; set; } = "$";

    public Fact<string> Name { get; set; }

    public Fact<string> Cluster { get; set; }

    /// <summary>The task definition reference as written (family, family:revision or ARN).</summary>
    public Fact<string> TaskDefinition { get; set; }

    /// <summary>The task definition the service runs, when the app or the input holds it.</summary>
    public TaskFacts? Task { get; set; }

    /// <summary>The desired number of tasks; absent when not given.</summary>
    public Fact<int> DesiredCount { get; set; }

    public Fact<string> LaunchType { get; set; }

    public FactList<Fact<string>> CapacityProviders { get; set; } = new();

    public Fact<string> PlatformVersion { get; set; }

    /// <summary>REPLICA (the default) or DAEMON.</summary>
    public Fact<string> SchedulingStrategy { get; set; }

    /// <summary>Whether an awsvpc network configuration is given.</summary>
    public Fact<bool> HasNetworkConfiguration { get; set; }

    public Fact<int> MinimumHealthyPercent { get; set; }

    public Fact<int> MaximumPercent { get; set; }

    public Fact<string> DeploymentController { get; set; }

    public FactList<PlacementConstraintFacts> PlacementConstraints { get; set; } = new();

    public FactList<LoadBalancerFacts> LoadBalancers { get; set; } = new();

    public bool IsDaemon => SchedulingStrategy.Is("DAEMON");

    public string Member(string name) => Path + "." + name;
}

/// <summary>A load balancer of a service.</summary>
internal sealed class LoadBalancerFacts
{
    public string Path { get; set; } = "";

    public Fact<string> TargetGroupArn { get; set; }

    public Fact<string> LoadBalancerName { get; set; }

    public Fact<string> ContainerName { get; set; }

    public Fact<int> ContainerPort { get; set; }

    public string Member(string name) => Path + "." + name;
}

/// <summary>A cluster and its services, for rules that compare services that share container instances.</summary>
internal sealed class ClusterFacts
{
    public string Path { get; set; } = "$";

    public Fact<string> Name { get; set; }

    public FactList<ServiceFacts> Services { get; set; } = new();
}

/// <summary>A whole application, for rules that span clusters (on local Docker every service shares one host).</summary>
internal sealed class AppFacts
{
    public FactList<ClusterFacts> Clusters { get; set; } = new();

    /// <summary>Every task definition of the application, each checked once.</summary>
    public FactList<TaskFacts> TaskDefinitions { get; set; } = new();
}
