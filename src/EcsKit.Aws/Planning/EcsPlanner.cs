namespace EcsKit.Aws;

/// <summary>
/// Works out what a deploy of an application would do, from describe and list calls only: which clusters, task
/// definitions and services to create, which to update (field by field) and which are already as declared.
/// </summary>
/// <remarks>
/// Definitions are compared as ECS stores them: defaults ECS fills in (essential, protocol tcp, hostPort in awsvpc,
/// empty lists, "1 vCPU" as "1024", a service's deployment configuration ...) and the order of unordered lists
/// (environment, tags, subnets ...) are not differences, so an application deployed unchanged plans as unchanged.
/// Secret values (environment variables named like secrets, log driver options) are masked in the field changes.
/// </remarks>
public static class EcsPlanner
{
    /// <summary>Plans <paramref name="app"/> against what ECS has.</summary>
    /// <param name="app">The application as declared.</param>
    /// <param name="api">The ECS API; only its describe and list operations are called.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>Clusters first, then task definitions, then services, each in declaration order.</returns>
    /// <exception cref="EcsApiException">ECS refused a describe call.</exception>
    public static async Task<EcsPlan> PlanAsync(EcsApp app, IEcsApi api, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(api);
        var changes = new List<EcsPlannedChange>();

        var newClusters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in app.Clusters)
        {
            var change = await ClusterPlanning.PlanAsync(cluster, api, cancellationToken).ConfigureAwait(false);
            if (change.Action == EcsChangeAction.Create)
            {
                newClusters.Add(change.Name);
            }
            changes.Add(change);
        }

        var families = new Dictionary<string, (EcsChangeAction, EcsTaskDefinitionInfo?)>(StringComparer.Ordinal);
        foreach (var taskDefinition in app.TaskDefinitions)
        {
            var (change, latest) = await TaskDefinitionPlanning.PlanAsync(taskDefinition, api, cancellationToken).ConfigureAwait(false);
            families[taskDefinition.Family] = (change.Action, latest);
            changes.Add(change);
        }

        var targets = new TaskDefinitionTargets(api, families);
        var services = new Dictionary<object, EcsPlannedChange>(ReferenceEqualityComparer.Instance);
        foreach (var group in app.Services.GroupBy(s => s.Cluster ?? "default", StringComparer.Ordinal))
        {
            var planned = await ServicePlanning.PlanAsync(group.Key, group.ToList(), newClusters.Contains(group.Key), targets, api, cancellationToken).ConfigureAwait(false);
            foreach (var change in planned)
            {
                services[change.Desired] = change;
            }
        }
        changes.AddRange(app.Services.Select(s => services[s]));
        return new EcsPlan(app.Name, changes);
    }
}
