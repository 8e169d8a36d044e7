using System.Text.Json.Nodes;

namespace EcsKit.Aws;

public sealed partial class EcsApiClient
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListContainerInstancesAsync(string cluster, string? status = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        var body = new JsonObject { ["cluster"] = cluster };
        if (status is not null)
        {
            body["status"] = status;
        }
        return ListAllAsync("ListContainerInstances", body, "containerInstanceArns", cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Container instances ECS does not know (failure MISSING) are left out.</remarks>
    public async Task<IReadOnlyList<EcsContainerInstanceInfo>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstances, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        ArgumentNullException.ThrowIfNull(containerInstances);
        var found = new List<EcsContainerInstanceInfo>();
        foreach (var batch in containerInstances.Chunk(DescribeBatch))
        {
            var body = new JsonObject { ["cluster"] = cluster, ["containerInstances"] = EcsRequestJson.Strings(batch) };
            var response = await CallAsync("DescribeContainerInstances", body, cancellationToken).ConfigureAwait(false);
            ThrowOnFailuresOtherThanMissing("DescribeContainerInstances", response);
            found.AddRange(EcsResponseReader.Items(response, "containerInstances").Select(EcsResponseReader.ContainerInstance));
        }
        return found;
    }

    /// <inheritdoc />
    public async Task DeregisterContainerInstanceAsync(string cluster, string containerInstance, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        ArgumentException.ThrowIfNullOrEmpty(containerInstance);
        var body = new JsonObject { ["cluster"] = cluster, ["containerInstance"] = containerInstance };
        if (force)
        {
            body["force"] = true;
        }
        await CallAsync("DeregisterContainerInstance", body, cancellationToken).ConfigureAwait(false);
    }
}
