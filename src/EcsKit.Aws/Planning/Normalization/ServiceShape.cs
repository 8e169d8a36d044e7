namespace EcsKit.Aws;

/// <summary>
/// How services are compared: what ECS fills in on CreateService and returns from DescribeServices (ECS API model
/// member docs, and real describe output), what it decides itself, and what UpdateService cannot change.
/// </summary>
internal static class ServiceShape
{
    private const string Deployment = "deploymentConfiguration";
    private const string Awsvpc = "networkConfiguration.awsvpcConfiguration";

    public static readonly ResourceShape Instance = new()
    {
        // The task definition is compared by the planner: a family stands for its latest revision.
        NotCompared = ["cluster", "serviceName", "clientToken", "taskDefinition"],
        Normalizers =
        [
            new DefaultValue("schedulingStrategy", "\"REPLICA\""),
            new DefaultValue("platformVersion", "\"LATEST\""),
            new DefaultValue("propagateTags", "\"NONE\""),
            new DefaultValue("enableECSManagedTags", "false"),
            new DefaultValue("enableExecuteCommand", "false"),
            new DefaultValue("healthCheckGracePeriodSeconds", "0"),
            new DefaultValue("deploymentController.type", "\"ECS\""),
            // A daemon runs one task per instance: ECS sets its desired count.
            new Rewrite("desiredCount", "set by ECS for DAEMON", (v, root) => ServiceFacts.IsDaemon(root) ? null : v),
            new Rewrite("role", "a role ARN is its name", (v, _) => ServiceFacts.RoleName(v)),
            new DefaultValue($"{Deployment}.maximumPercent", "200", ServiceFacts.IsReplica, "REPLICA"),
            new DefaultValue($"{Deployment}.minimumHealthyPercent", "100", ServiceFacts.IsReplica, "REPLICA"),
            new DefaultValue($"{Deployment}.maximumPercent", "100", ServiceFacts.IsDaemon, "DAEMON"),
            new DefaultValue($"{Deployment}.minimumHealthyPercent", "0", ServiceFacts.IsDaemon, "DAEMON"),
            new DefaultValue($"{Deployment}.deploymentCircuitBreaker.resetOnHealthyTask", "true"),
            new DefaultValue($"{Deployment}.deploymentCircuitBreaker", "{\"enable\":false,\"rollback\":false}"),
            new DefaultValue($"{Deployment}.alarms", "{\"enable\":false,\"rollback\":false}"),
            new DefaultValue($"{Deployment}.strategy", "\"ROLLING\""),
            new DefaultValue($"{Awsvpc}.assignPublicIp", "\"DISABLED\""),
            new DefaultValue("capacityProviderStrategy[].base", "0"),
            new DefaultValue("capacityProviderStrategy[].weight", "0"),

            new Unordered($"{Awsvpc}.subnets"),
            new Unordered($"{Awsvpc}.securityGroups"),
            new Unordered("loadBalancers"),
            new Unordered("serviceRegistries"),
            new Unordered("placementConstraints"),
            new Unordered($"{Deployment}.alarms.alarmNames"),
            KeyedList.By("capacityProviderStrategy", "capacityProvider"),
            KeyedList.By("tags", "key", "value"),
        ],
        PairNormalizers =
        [
            // Neither given: the cluster's default capacity provider strategy, or the EC2 launch type, as ECS chose.
            new LeftToEcs("launchType", "capacityProviderStrategy"),
            new LeftToEcs("capacityProviderStrategy", "launchType"),
            // Application Auto Scaling moves the count; a declaration without one leaves it alone.
            new LeftToEcs("desiredCount"),
            new LeftToEcs("availabilityZoneRebalancing"),
            // ECS uses its service-linked role when none is given.
            new LeftToEcs("role"),
            new NotReported("serviceConnectConfiguration"),
            new NotReported("volumeConfigurations"),
            new NotReported("vpcLatticeConfigurations"),
            new NotReported("monitoring"),
        ],
        AlwaysReported = new HashSet<string>(StringComparer.Ordinal) { Deployment, "deploymentController" },
        Replacement = new HashSet<string>(StringComparer.Ordinal) { "launchType", "schedulingStrategy", "role" },
        // UpdateService moves a service from a launch type to a capacity provider strategy.
        RemovableInPlace = new HashSet<string>(StringComparer.Ordinal) { "launchType" },
    };
}
