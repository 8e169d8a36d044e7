using System.Text.Json.Nodes;

namespace EcsKit.Aws;

public sealed partial class EcsApiClient
{
    // What a cluster's definition needs besides the defaults: its settings, configuration and tags.
    private static readonly string[] ClusterFields = ["CONFIGURATIONS", "SETTINGS", "TAGS"];

    /// <inheritdoc />
    public async Task<EcsClusterInfo> CreateClusterAsync(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var response = await CallAsync("CreateCluster", EcsRequestJson.Of(cluster), cancellationToken).ConfigureAwait(false);
        return EcsResponseReader.Cluster(EcsResponseReader.Member(response, "cluster", "CreateCluster"), "CreateCluster");
    }

    /// <inheritdoc />
    public async Task<EcsClusterInfo?> DescribeClusterAsync(string cluster, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        var body = new JsonObject
        {
            ["clusters"] = EcsRequestJson.Strings([cluster]),
            ["include"] = EcsRequestJson.Strings(ClusterFields),
        };
        var response = await CallAsync("DescribeClusters", body, cancellationToken).ConfigureAwait(false);
        ThrowOnFailuresOtherThanMissing("DescribeClusters", response);
        return EcsResponseReader.Items(response, "clusters").Select(c => EcsResponseReader.Cluster(c, "DescribeClusters")).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task DeleteClusterAsync(string cluster, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        await CallAsync("DeleteCluster", new JsonObject { ["cluster"] = cluster }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A Describe* failure other than MISSING (the resource does not exist, which the interface reports by leaving
    /// it out) means ECS could not answer for it: that must not pass as "absent".
    /// </summary>
    private static void ThrowOnFailuresOtherThanMissing(string operation, System.Text.Json.JsonElement response)
    {
        foreach (var (arn, reason, detail) in EcsResponseReader.Failures(response))
        {
            if (reason != "MISSING")
            {
                throw new EcsApiException(operation, reason, detail is null ? arn : $"{arn}: {detail}", 200);
            }
        }
    }
}
