using System.Text.Json;

namespace EcsKit;

/// <summary>
/// How the output of an ECS describe call differs from the input of the matching create call: the wrapper
/// around the definition, the members ECS reports but does not take, and the ones it reports under another
/// name (a service's <c>clusterArn</c> is its <c>cluster</c>).
/// </summary>
internal sealed record DescribeShape(
    string What,
    string SingleWrapper,
    string? ListWrapper,
    IReadOnlySet<string> ReadOnly,
    IReadOnlyDictionary<string, string> Renamed)
{
    public static readonly DescribeShape TaskDefinition = new(
        "task definition",
        "taskDefinition",
        null,
        Set("taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities",
            "registeredAt", "registeredBy", "deregisteredAt", "deleteRequestedAt"),
        new Dictionary<string, string>());

    public static readonly DescribeShape Service = new(
        "service",
        "service",
        "services",
        Set("serviceArn", "clusterArn", "status", "runningCount", "pendingCount", "platformFamily", "taskSets",
            "deployments", "roleArn", "events", "createdAt", "currentServiceDeployment", "currentServiceRevisions",
            "createdBy", "resourceManagementType"),
        new Dictionary<string, string> { ["clusterArn"] = "cluster", ["roleArn"] = "role" });

    public static readonly DescribeShape Cluster = new(
        "cluster",
        "cluster",
        "clusters",
        Set("clusterArn", "status", "registeredContainerInstancesCount", "runningTasksCount", "pendingTasksCount",
            "activeServicesCount", "statistics", "attachments", "attachmentsStatus"),
        new Dictionary<string, string>());

    /// <summary>
    /// Moves read-only members out of <paramref name="additional"/> and returns the members to add under
    /// their input names (only where the input does not already give them).
    /// </summary>
    public (Dictionary<string, JsonElement>? Kept, List<string> Dropped, Dictionary<string, JsonElement> Adopted) Split(
        IReadOnlyDictionary<string, JsonElement>? additional)
    {
        var dropped = new List<string>();
        var adopted = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (additional is null)
        {
            return (null, dropped, adopted);
        }
        var kept = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in additional)
        {
            if (!ReadOnly.Contains(name))
            {
                kept[name] = value;
                continue;
            }
            dropped.Add(name);
            if (Renamed.TryGetValue(name, out var inputName) && value.ValueKind == JsonValueKind.String)
            {
                adopted[inputName] = value;
            }
        }
        return (kept.Count == 0 ? null : kept, dropped, adopted);
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
