using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.FakeEcs;

/// <summary>A service of the fake: its CreateService input as updated since, its deployments (PRIMARY first) and events.</summary>
public sealed class FakeService(string name, string arn, FakeCluster cluster, JsonObject spec, DateTimeOffset createdAt)
{
    public string Name { get; } = name;

    public string Arn { get; } = arn;

    public FakeCluster Cluster { get; } = cluster;

    /// <summary>The CreateService input with the later UpdateService changes, without cluster, clientToken and tags.</summary>
    public JsonObject Spec { get; } = spec;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public string Status { get; set; } = "ACTIVE";

    public int DesiredCount { get; set; }

    public List<FakeDeployment> Deployments { get; } = [];

    /// <summary>Newest first, as DescribeServices lists them.</summary>
    public List<(string Id, DateTimeOffset CreatedAt, string Message)> Events { get; } = [];

    public FakeDeployment Primary => Deployments[0];

    public bool CircuitBreaker => (bool?)Spec["deploymentConfiguration"]?["deploymentCircuitBreaker"]?["enable"] ?? false;

    public bool Rollback => (bool?)Spec["deploymentConfiguration"]?["deploymentCircuitBreaker"]?["rollback"] ?? false;
}

/// <summary>A deployment of a service, with the script it follows.</summary>
public sealed class FakeDeployment(string id, FakeTaskDefinition taskDefinition, int desiredCount, ServiceScript script, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public FakeTaskDefinition TaskDefinition { get; } = taskDefinition;

    public ServiceScript Script { get; } = script;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public string Status { get; set; } = "PRIMARY";

    public int DesiredCount { get; set; } = desiredCount;

    public int FailedTasks { get; set; }

    public string RolloutState { get; set; } = "IN_PROGRESS";

    public string RolloutStateReason { get; set; } = "ECS deployment " + id + " in progress.";

    /// <summary>DescribeServices calls that saw this deployment in progress.</summary>
    public int Describes { get; set; }
}
