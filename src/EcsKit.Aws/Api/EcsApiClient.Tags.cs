using System.Text.Json.Nodes;

namespace EcsKit.Aws;

public sealed partial class EcsApiClient
{
    /// <inheritdoc />
    public async Task TagResourceAsync(string resourceArn, IReadOnlyList<Tag> tags, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceArn);
        ArgumentNullException.ThrowIfNull(tags);
        var body = new JsonObject { ["resourceArn"] = resourceArn };
        EcsRequestJson.CopyMembers(EcsRequestJson.Of(new Cluster { Tags = tags }), body, "tags");
        // tags is required: an empty list is still sent (EcsJson leaves empty lists out) so that ECS judges it.
        body["tags"] ??= new JsonArray();
        await CallAsync("TagResource", body, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Tag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceArn);
        var response = await CallAsync("ListTagsForResource", new JsonObject { ["resourceArn"] = resourceArn }, cancellationToken).ConfigureAwait(false);
        return EcsResponseReader.Items(response, "tags").Select(EcsResponseReader.Tag).ToList();
    }
}
