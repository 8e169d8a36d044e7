using System.Text.Json.Nodes;

namespace EcsKit.Aws;

public sealed partial class EcsApiClient
{
    // DescribeServices takes at most 10 services per call.
    private const int DescribeServicesBatch = 10;

    /// <inheritdoc />
    public async Task<EcsServiceInfo> CreateServiceAsync(Service service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var response = await CallAsync("CreateService", EcsRequestJson.Of(service), cancellationToken).ConfigureAwait(false);
        return EcsResponseReader.Service(EcsResponseReader.Member(response, "service", "CreateService"), "CreateService");
    }

    /// <inheritdoc />
    public async Task<EcsServiceInfo> UpdateServiceAsync(EcsServiceUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var response = await CallAsync("UpdateService", UpdateServiceBody(update), cancellationToken).ConfigureAwait(false);
        return EcsResponseReader.Service(EcsResponseReader.Member(response, "service", "UpdateService"), "UpdateService");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EcsServiceInfo>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        ArgumentNullException.ThrowIfNull(services);
        var found = new List<EcsServiceInfo>();
        foreach (var batch in services.Chunk(DescribeServicesBatch))
        {
            var body = new JsonObject
            {
                ["cluster"] = cluster,
                ["services"] = EcsRequestJson.Strings(batch),
                ["include"] = EcsRequestJson.Strings(["TAGS"]),
            };
            var response = await CallAsync("DescribeServices", body, cancellationToken).ConfigureAwait(false);
            ThrowOnFailuresOtherThanMissing("DescribeServices", response);
            found.AddRange(EcsResponseReader.Items(response, "services").Select(s => EcsResponseReader.Service(s, "DescribeServices")));
        }
        return found;
    }

    /// <inheritdoc />
    public async Task DeleteServiceAsync(string cluster, string service, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        ArgumentException.ThrowIfNullOrEmpty(service);
        var body = new JsonObject { ["cluster"] = cluster, ["service"] = service };
        if (force)
        {
            body["force"] = true;
        }
        await CallAsync("DeleteService", body, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListServicesAsync(string cluster, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        return ListAllAsync("ListServices", new JsonObject { ["cluster"] = cluster }, "serviceArns", cancellationToken);
    }

    private static JsonObject UpdateServiceBody(EcsServiceUpdate update)
    {
        var body = new JsonObject { ["cluster"] = update.Cluster, ["service"] = update.Service };
        if (update.TaskDefinition is not null)
        {
            body["taskDefinition"] = update.TaskDefinition;
        }
        if (update.DesiredCount is { } desiredCount)
        {
            body["desiredCount"] = desiredCount;
        }
        // The nested shapes are written by EcsJson through a CreateService-shaped carrier: same members, same conventions.
        var carrier = EcsRequestJson.Of(new Service
        {
            ServiceName = update.Service,
            DeploymentConfiguration = update.DeploymentConfiguration,
            NetworkConfiguration = update.NetworkConfiguration,
            CapacityProviderStrategy = update.CapacityProviderStrategy,
            PlatformVersion = update.PlatformVersion,
            HealthCheckGracePeriodSeconds = update.HealthCheckGracePeriodSeconds,
            LoadBalancers = update.LoadBalancers,
            EnableExecuteCommand = update.EnableExecuteCommand,
        });
        EcsRequestJson.CopyMembers(carrier, body,
            "capacityProviderStrategy", "deploymentConfiguration", "networkConfiguration", "platformVersion",
            "healthCheckGracePeriodSeconds", "loadBalancers", "enableExecuteCommand");
        // EcsJson leaves empty lists out; in an update an empty list is a change (no load balancers, the cluster's default strategy).
        if (update.LoadBalancers is { Count: 0 })
        {
            body["loadBalancers"] = new JsonArray();
        }
        if (update.CapacityProviderStrategy is { Count: 0 })
        {
            body["capacityProviderStrategy"] = new JsonArray();
        }
        if (update.ForceNewDeployment)
        {
            body["forceNewDeployment"] = true;
        }
        return body;
    }
}
