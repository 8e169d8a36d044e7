namespace EcsKit.Aws.Tests.Wire;

/// <summary>The ECS operations <see cref="IEcsApi"/> calls, and the ones of them paginators-1.json pages with nextToken.</summary>
internal static class EcsOperations
{
    public static readonly IReadOnlyList<string> All =
    [
        "CreateCluster", "DescribeClusters", "DeleteCluster",
        "RegisterTaskDefinition", "DescribeTaskDefinition", "ListTaskDefinitions", "DeregisterTaskDefinition",
        "CreateService", "UpdateService", "DescribeServices", "DeleteService", "ListServices",
        "RunTask", "StopTask", "DescribeTasks", "ListTasks",
        "ListContainerInstances", "DescribeContainerInstances", "DeregisterContainerInstance",
        "TagResource", "ListTagsForResource",
    ];

    public static readonly IReadOnlyDictionary<string, string> Paginated = new Dictionary<string, string>
    {
        ["ListTaskDefinitions"] = "taskDefinitionArns",
        ["ListServices"] = "serviceArns",
        ["ListTasks"] = "taskArns",
        ["ListContainerInstances"] = "containerInstanceArns",
    };
}
