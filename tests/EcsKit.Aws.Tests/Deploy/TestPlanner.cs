using EcsKit.Aws.Tests.FakeEcs;

namespace EcsKit.Aws.Tests.Deploy;

/// <summary>
/// Just enough planning for the scenarios, read straight from the fake's state (so it sends no request): create
/// what is missing, a new revision when a container's image differs, a service update when its revision is new
/// or its desired count differs.
/// </summary>
public static class TestPlanner
{
    public static EcsPlan Plan(EcsApp app, FakeEcsState state)
    {
        var changes = new List<EcsPlannedChange>();
        foreach (var cluster in app.Clusters)
        {
            var name = cluster.ClusterName!;
            var actual = state.Clusters.GetValueOrDefault(name) is { Status: "ACTIVE" } existing ? existing : null;
            changes.Add(new(EcsResourceKind.Cluster, name, actual is null ? EcsChangeAction.Create : EcsChangeAction.Unchanged, [], cluster, actual?.Arn));
        }
        var newRevisions = new HashSet<string>();
        foreach (var taskDefinition in app.TaskDefinitions)
        {
            var latest = state.FindTaskDefinition(taskDefinition.Family);
            var fields = latest is null ? [] : ImageChanges(latest, taskDefinition);
            var action = latest is null ? EcsChangeAction.Create : fields.Count > 0 ? EcsChangeAction.Update : EcsChangeAction.Unchanged;
            if (action == EcsChangeAction.Update)
            {
                newRevisions.Add(taskDefinition.Family);
            }
            changes.Add(new(EcsResourceKind.TaskDefinition, taskDefinition.Family, action, fields, taskDefinition, latest?.Arn));
        }
        foreach (var service in app.Services)
        {
            var actual = state.FindService(service.Cluster!, service.ServiceName) is { Status: "ACTIVE" } existing ? existing : null;
            var action = actual is null ? EcsChangeAction.Create
                : newRevisions.Contains(service.TaskDefinition!) || actual.DesiredCount != service.DesiredCount ? EcsChangeAction.Update
                : EcsChangeAction.Unchanged;
            changes.Add(new(EcsResourceKind.Service, $"{service.Cluster}/{service.ServiceName}", action, [], service, actual?.Arn));
        }
        return new EcsPlan(app.Name, changes);
    }

    private static List<EcsFieldChange> ImageChanges(FakeTaskDefinition latest, TaskDefinition desired)
    {
        var actualImages = (latest.Body["containerDefinitions"]!.AsArray()).ToDictionary(c => (string)c!["name"]!, c => (string?)c!["image"]);
        return desired.ContainerDefinitions
            .Where(c => actualImages.GetValueOrDefault(c.Name!) != c.Image)
            .Select(c => new EcsFieldChange($"containerDefinitions['{c.Name}'].image", $"\"{actualImages.GetValueOrDefault(c.Name!)}\"", $"\"{c.Image}\""))
            .ToList();
    }
}
