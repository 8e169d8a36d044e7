using EcsKit.Rules;
using static EcsKit.Analyzers.Json.JsonValues;

namespace EcsKit.Analyzers.Json;

/// <summary>The facts of a service written as ECS JSON (create-service input or one service of a describe), as the runtime's model facts build them.</summary>
internal static class ServiceJsonReader
{
    /// <param name="s">The service object.</param>
    /// <param name="path">Its path in the file.</param>
    /// <param name="task">The task definition it runs, when a file of the project holds it.</param>
    public static ServiceFacts Read(JsonNode s, string path, TaskFacts? task)
    {
        var cluster = String(s["cluster"]);
        if (cluster.IsAbsent && s["clusterArn"] is { Kind: JsonKind.String } clusterArn)
        {
            // Describe output names the cluster by ARN only; the runtime reader takes that as the cluster.
            cluster = clusterArn.Text;
        }
        return new ServiceFacts
        {
            Path = path,
            Name = String(s["serviceName"]),
            Cluster = cluster,
            TaskDefinition = String(s["taskDefinition"]),
            Task = task,
            DesiredCount = Int(s["desiredCount"]),
            LaunchType = String(s["launchType"]),
            CapacityProviders = MemberOfEach(s["capacityProviderStrategy"], "capacityProvider"),
            PlatformVersion = String(s["platformVersion"]),
            SchedulingStrategy = String(s["schedulingStrategy"]),
            HasNetworkConfiguration = HasAwsvpcConfiguration(s["networkConfiguration"]),
            MinimumHealthyPercent = Int(s["deploymentConfiguration"]?["minimumHealthyPercent"]),
            MaximumPercent = Int(s["deploymentConfiguration"]?["maximumPercent"]),
            DeploymentController = String(s["deploymentController"]?["type"]),
            PlacementConstraints = Objects(s["placementConstraints"], JsonPaths.Property(path, "placementConstraints"), TaskJsonReader.Constraint),
            LoadBalancers = Objects(s["loadBalancers"], JsonPaths.Property(path, "loadBalancers"), (lb, p) => new LoadBalancerFacts
            {
                Path = p,
                TargetGroupArn = String(lb["targetGroupArn"]),
                LoadBalancerName = String(lb["loadBalancerName"]),
                ContainerName = String(lb["containerName"]),
                ContainerPort = Int(lb["containerPort"]),
            }),
        };
    }

    /// <summary>The family a task definition reference names: <c>web</c>, <c>web:3</c> or <c>arn:aws:ecs:…:task-definition/web:3</c>.</summary>
    public static string? FamilyOf(Fact<string> reference)
    {
        if (!reference.IsKnown)
        {
            return null;
        }
        var text = reference.Value;
        var slash = text.LastIndexOf('/');
        if (text.StartsWith("arn:", System.StringComparison.Ordinal))
        {
            if (slash < 0)
            {
                return null;
            }
            text = text.Substring(slash + 1);
        }
        var colon = text.IndexOf(':');
        var family = colon < 0 ? text : text.Substring(0, colon);
        return family.Length == 0 ? null : family;
    }

    private static Fact<bool> HasAwsvpcConfiguration(JsonNode? network)
    {
        if (network is null || network.Kind == JsonKind.Null)
        {
            return false;
        }
        if (network.Kind != JsonKind.Object)
        {
            return Fact<bool>.Unknown;
        }
        var awsvpc = network["awsvpcConfiguration"];
        return awsvpc is null || awsvpc.Kind == JsonKind.Null ? false
            : awsvpc.Kind == JsonKind.Object ? true
            : Fact<bool>.Unknown;
    }
}
