namespace EcsKit.Aws.Tests.Explain;

/// <summary>Services and tasks as ECS reports them, with messages written in ECS's words.</summary>
internal static class Reports
{
    public const string ClusterName = "shop";
    public static readonly DateTimeOffset Start = new(2025, 11, 25, 10, 0, 0, TimeSpan.Zero);

    public const string Placement = "(service web) was unable to place a task because no container instance met all of its requirements.";
    public const string Troubleshooting = "For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.";

    public static string Closest(string reason) =>
        $"{Placement} The closest matching (container-instance 3f4de1c5-ffdd-4954-af7e-75b4be0c8841) {reason}. {Troubleshooting}";

    public static EcsServiceInfo Service(
        IEnumerable<string>? events = null,
        IEnumerable<EcsDeploymentInfo>? deployments = null,
        AssignPublicIp? publicIp = null)
    {
        var messages = (events ?? []).ToList();
        // Newest first, as DescribeServices returns them: the first message is the newest.
        var serviceEvents = messages.Select((m, i) => new EcsServiceEvent($"event-{i + 1}", Start.AddMinutes(-i), m)).ToList();
        var definition = new Service
        {
            ServiceName = "web",
            NetworkConfiguration = publicIp is null ? null : new NetworkConfiguration
            {
                AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = ["subnet-a"], AssignPublicIp = publicIp },
            },
        };
        return new EcsServiceInfo(
            "arn:aws:ecs:eu-west-1:123456789012:service/shop/web", "web", "arn:aws:ecs:eu-west-1:123456789012:cluster/shop", "ACTIVE",
            "arn:aws:ecs:eu-west-1:123456789012:task-definition/shop-web:4", 2, 0, 0,
            deployments?.ToList() ?? [], serviceEvents, definition);
    }

    public static EcsTaskInfo Task(string id, string? stoppedReason, string? stopCode = "TaskFailedToStart", int minutesAgo = 0, params EcsContainerInfo[] containers) =>
        new($"arn:aws:ecs:eu-west-1:123456789012:task/shop/{id}", "arn:aws:ecs:eu-west-1:123456789012:task-definition/shop-web:4", "service:web",
            "STOPPED", "STOPPED", stopCode, stoppedReason, Start.AddMinutes(-minutesAgo),
            containers.Length == 0 ? [new EcsContainerInfo("web", "STOPPED", null, null, "UNKNOWN")] : containers);

    public static EcsContainerInfo Container(string name, int? exitCode, string? reason = null) => new(name, "STOPPED", exitCode, reason, "UNKNOWN");
}
