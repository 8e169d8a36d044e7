using System.Diagnostics;

namespace EcsKit.Aws;

/// <summary>The calls of one destroy: services, then task definitions, then clusters.</summary>
internal sealed class DestroyRun(EcsApp app, IEcsApi api, EcsDestroyOptions options, IProgress<EcsDestroyProgress>? progress)
{
    private const int DescribeServicesLimit = 10;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public List<EcsDestroyedResource> Resources { get; } = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var group in app.Services.GroupBy(s => s.Cluster ?? "default"))
        {
            await DestroyServicesAsync(group.Key, group.Select(s => s.ServiceName).ToList(), cancellationToken).ConfigureAwait(false);
        }
        if (options.DeregisterTaskDefinitions)
        {
            foreach (var taskDefinition in app.TaskDefinitions)
            {
                await DeregisterAsync(taskDefinition.Family, cancellationToken).ConfigureAwait(false);
            }
        }
        foreach (var cluster in app.Clusters)
        {
            await DeleteClusterAsync(cluster.ClusterName ?? "default", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DestroyServicesAsync(string cluster, List<string> names, CancellationToken cancellationToken)
    {
        List<EcsServiceInfo> described;
        try
        {
            if (await api.DescribeClusterAsync(cluster, cancellationToken).ConfigureAwait(false) is null or { Status: "INACTIVE" })
            {
                names.ForEach(n => Finish(EcsResourceKind.Service, $"{cluster}/{n}", EcsDestroyOutcome.AlreadyGone, "its cluster is gone"));
                return;
            }
            described = [];
            foreach (var chunk in names.Chunk(DescribeServicesLimit))
            {
                described.AddRange(await api.DescribeServicesAsync(cluster, chunk, cancellationToken).ConfigureAwait(false));
            }
        }
        catch (EcsApiException e)
        {
            var (outcome, detail) = AlreadyGone.Is(e) ? (EcsDestroyOutcome.AlreadyGone, e.ErrorCode) : (EcsDestroyOutcome.Failed, e.Message);
            names.ForEach(n => Finish(EcsResourceKind.Service, $"{cluster}/{n}", outcome, detail));
            return;
        }
        var draining = new List<string>();
        foreach (var name in names)
        {
            var service = described.FirstOrDefault(s => s.ServiceName == name);
            var (outcome, detail) = service switch
            {
                null => (EcsDestroyOutcome.AlreadyGone, "MISSING"),
                { Status: "INACTIVE" } => (EcsDestroyOutcome.AlreadyGone, "INACTIVE"),
                { Status: "DRAINING" } => (EcsDestroyOutcome.AlreadyGone, "already being deleted (DRAINING)"),
                _ => await DeleteServiceAsync(cluster, service, cancellationToken).ConfigureAwait(false),
            };
            if (service is { Status: "DRAINING" } || outcome == EcsDestroyOutcome.Deleted)
            {
                draining.Add(name);
            }
            Finish(EcsResourceKind.Service, $"{cluster}/{name}", outcome, detail);
        }
        await DrainAsync(cluster, draining, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(EcsDestroyOutcome, string?)> DeleteServiceAsync(string cluster, EcsServiceInfo service, CancellationToken cancellationToken)
    {
        var name = $"{cluster}/{service.ServiceName}";
        try
        {
            // DeleteService refuses a service scaled above 0 unless forced; scaling in first lets ECS stop the tasks its own way.
            if (service.DesiredCount > 0)
            {
                Report(EcsResourceKind.Service, name, EcsDestroyStep.ScalingToZero);
                await api.UpdateServiceAsync(new EcsServiceUpdate(cluster, service.ServiceName) { DesiredCount = 0 }, cancellationToken).ConfigureAwait(false);
            }
            Report(EcsResourceKind.Service, name, EcsDestroyStep.Deleting);
            await api.DeleteServiceAsync(cluster, service.ServiceName, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (EcsDestroyOutcome.Deleted, null);
        }
        catch (EcsApiException e) when (AlreadyGone.Is(e))
        {
            return (EcsDestroyOutcome.AlreadyGone, e.ErrorCode);
        }
        catch (EcsApiException e)
        {
            return (EcsDestroyOutcome.Failed, e.Message);
        }
    }

    /// <summary>Waits until deleted services are INACTIVE (ECS's ServicesInactive), so that their cluster can go.</summary>
    private async Task DrainAsync(string cluster, List<string> services, CancellationToken cancellationToken)
    {
        var start = _clock.Elapsed;
        while (services.Count > 0)
        {
            services.ForEach(s => Report(EcsResourceKind.Service, $"{cluster}/{s}", EcsDestroyStep.Draining));
            try
            {
                var described = new List<EcsServiceInfo>();
                foreach (var chunk in services.Chunk(DescribeServicesLimit))
                {
                    described.AddRange(await api.DescribeServicesAsync(cluster, chunk, cancellationToken).ConfigureAwait(false));
                }
                services.RemoveAll(s => described.FirstOrDefault(d => d.ServiceName == s) is null or { Status: "INACTIVE" });
            }
            catch (EcsApiException)
            {
                // Deleting the cluster says what is wrong, if anything is.
                return;
            }
            var remaining = options.Timeout - (_clock.Elapsed - start);
            if (services.Count == 0 || remaining <= TimeSpan.Zero)
            {
                return;
            }
            await Task.Delay(remaining < options.PollInterval ? remaining : options.PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeregisterAsync(string family, CancellationToken cancellationToken)
    {
        try
        {
            var arns = (await api.ListTaskDefinitionsAsync(family, "ACTIVE", cancellationToken).ConfigureAwait(false))
                .Where(a => TaskDefinitionReference.Parse(a).Family == family)
                .ToList();
            var deregistered = 0;
            var others = 0;
            foreach (var arn in arns)
            {
                var revision = await api.DescribeTaskDefinitionAsync(arn, cancellationToken).ConfigureAwait(false);
                if (revision is null || revision.Status != "ACTIVE")
                {
                    continue;
                }
                if (!EcsAppTag.Marks(revision.Definition.Tags, app.Name))
                {
                    others++;
                    continue;
                }
                var name = $"{family}:{revision.Revision}";
                Report(EcsResourceKind.TaskDefinition, name, EcsDestroyStep.Deregistering);
                await api.DeregisterTaskDefinitionAsync(arn, cancellationToken).ConfigureAwait(false);
                Finish(EcsResourceKind.TaskDefinition, name, EcsDestroyOutcome.Deleted);
                deregistered++;
            }
            if (others > 0)
            {
                Finish(EcsResourceKind.TaskDefinition, family, EcsDestroyOutcome.Kept,
                    $"{others} ACTIVE revision(s) not tagged {EcsAppTag.Key}={app.Name} left as they are");
            }
            else if (deregistered == 0)
            {
                Finish(EcsResourceKind.TaskDefinition, family, EcsDestroyOutcome.AlreadyGone, "no ACTIVE revision");
            }
        }
        catch (EcsApiException e)
        {
            Finish(EcsResourceKind.TaskDefinition, family, EcsDestroyOutcome.Failed, e.Message);
        }
    }

    private async Task DeleteClusterAsync(string cluster, CancellationToken cancellationToken)
    {
        try
        {
            var info = await api.DescribeClusterAsync(cluster, cancellationToken).ConfigureAwait(false);
            if (info is null or { Status: "INACTIVE" })
            {
                Finish(EcsResourceKind.Cluster, cluster, EcsDestroyOutcome.AlreadyGone, info is null ? "MISSING" : "INACTIVE");
                return;
            }
            var ours = app.Services.Where(s => (s.Cluster ?? "default") == cluster).Select(s => s.ServiceName).ToHashSet(StringComparer.Ordinal);
            var others = (await api.ListServicesAsync(cluster, cancellationToken).ConfigureAwait(false))
                .Select(arn => arn[(arn.LastIndexOf('/') + 1)..])
                .Where(name => !ours.Contains(name))
                .ToList();
            if (others.Count > 0)
            {
                Finish(EcsResourceKind.Cluster, cluster, EcsDestroyOutcome.Kept, $"it has services this application does not declare: {string.Join(", ", others)}");
                return;
            }
            if (info.RegisteredContainerInstancesCount > 0)
            {
                Finish(EcsResourceKind.Cluster, cluster, EcsDestroyOutcome.Kept,
                    $"{info.RegisteredContainerInstancesCount} container instance(s) are registered with it; terminate or deregister them first");
                return;
            }
            Report(EcsResourceKind.Cluster, cluster, EcsDestroyStep.Deleting);
            await DeleteClusterWhenEmptyAsync(cluster, cancellationToken).ConfigureAwait(false);
            Finish(EcsResourceKind.Cluster, cluster, EcsDestroyOutcome.Deleted);
        }
        catch (EcsApiException e) when (AlreadyGone.Is(e))
        {
            Finish(EcsResourceKind.Cluster, cluster, EcsDestroyOutcome.AlreadyGone, e.ErrorCode);
        }
        catch (EcsApiException e)
        {
            Finish(EcsResourceKind.Cluster, cluster, EcsDestroyOutcome.Failed, e.Message);
        }
    }

    /// <summary>DeleteCluster, again while the last tasks of deleted services are still stopping, until the timeout.</summary>
    private async Task DeleteClusterWhenEmptyAsync(string cluster, CancellationToken cancellationToken)
    {
        var start = _clock.Elapsed;
        while (true)
        {
            try
            {
                await api.DeleteClusterAsync(cluster, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (EcsApiException e) when (e.ErrorCode is "ClusterContainsTasksException" or "ClusterContainsServicesException"
                && _clock.Elapsed - start < options.Timeout)
            {
                await Task.Delay(options.PollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void Finish(EcsResourceKind kind, string name, EcsDestroyOutcome outcome, string? detail = null)
    {
        var resource = new EcsDestroyedResource(kind, name, outcome, detail);
        Resources.Add(resource);
        progress?.Report(new EcsDestroyProgress(kind, name, EcsDestroyStep.Finished) { Finished = resource });
    }

    private void Report(EcsResourceKind kind, string name, EcsDestroyStep step) => progress?.Report(new EcsDestroyProgress(kind, name, step));
}
