using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>Plans the services of one cluster: create those ECS does not have (or only as INACTIVE or DRAINING), compare the others.</summary>
internal static class ServicePlanning
{
    // DescribeServices takes at most 10 services a call.
    private const int DescribeBatch = 10;

    public static async Task<IReadOnlyList<EcsPlannedChange>> PlanAsync(
        string cluster, IReadOnlyList<Service> declared, bool clusterIsNew, TaskDefinitionTargets targets, IEcsApi api, CancellationToken cancellationToken)
    {
        var described = clusterIsNew ? [] : await DescribeAsync(cluster, declared, api, cancellationToken).ConfigureAwait(false);
        var changes = new List<EcsPlannedChange>(declared.Count);
        foreach (var service in declared)
        {
            var name = $"{cluster}/{service.ServiceName}";
            if (!described.TryGetValue(service.ServiceName, out var info) || info.Status != "ACTIVE")
            {
                changes.Add(new EcsPlannedChange(EcsResourceKind.Service, name, EcsChangeAction.Create, [], service, null));
                continue;
            }
            var fields = new List<EcsFieldChange>();
            if (service.TaskDefinition is { } reference)
            {
                var target = await targets.TargetAsync(reference, cancellationToken).ConfigureAwait(false);
                var current = TaskDefinitionReference.Parse(info.TaskDefinition);
                var running = target.Contains(':', StringComparison.Ordinal) ? current.ToString() : current.Family;
                if (running != target)
                {
                    fields.Add(new EcsFieldChange("taskDefinition", JsonText.Of(JsonValue.Create(current.ToString())), JsonText.Of(JsonValue.Create(target))));
                }
            }
            fields.AddRange(ResourceComparison.Compare(service, info.Definition));
            var action = fields.Count == 0 ? EcsChangeAction.Unchanged : EcsChangeAction.Update;
            changes.Add(new EcsPlannedChange(EcsResourceKind.Service, name, action, fields, service, info.ServiceArn));
        }
        return changes;
    }

    private static async Task<Dictionary<string, EcsServiceInfo>> DescribeAsync(string cluster, IReadOnlyList<Service> declared, IEcsApi api, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, EcsServiceInfo>(StringComparer.Ordinal);
        try
        {
            foreach (var batch in declared.Select(s => s.ServiceName).Distinct().Chunk(DescribeBatch))
            {
                foreach (var info in await api.DescribeServicesAsync(cluster, batch, cancellationToken).ConfigureAwait(false))
                {
                    // A name can come back twice (a deleted service and its successor); the ACTIVE one counts.
                    if (!found.TryGetValue(info.ServiceName, out var seen) || seen.Status != "ACTIVE")
                    {
                        found[info.ServiceName] = info;
                    }
                }
            }
        }
        catch (EcsApiException e) when (e.ErrorCode == "ClusterNotFoundException")
        {
            // The cluster went away between the two calls: nothing of it exists.
            found.Clear();
        }
        return found;
    }
}
