using System.Text.Json.Nodes;

namespace EcsKit.Aws;

public sealed partial class EcsApiClient
{
    /// <inheritdoc />
    public async Task<EcsTaskDefinitionInfo> RegisterTaskDefinitionAsync(TaskDefinition taskDefinition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(taskDefinition);
        var response = await CallAsync("RegisterTaskDefinition", EcsRequestJson.Of(taskDefinition), cancellationToken).ConfigureAwait(false);
        return EcsResponseReader.TaskDefinition(response, "RegisterTaskDefinition");
    }

    /// <inheritdoc />
    public async Task<EcsTaskDefinitionInfo?> DescribeTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskDefinition);
        var body = new JsonObject
        {
            ["taskDefinition"] = taskDefinition,
            ["include"] = EcsRequestJson.Strings(["TAGS"]),
        };
        try
        {
            var response = await CallAsync("DescribeTaskDefinition", body, cancellationToken).ConfigureAwait(false);
            return EcsResponseReader.TaskDefinition(response, "DescribeTaskDefinition");
        }
        catch (EcsApiException e) when (e.ErrorCode == "ClientException" && e.ErrorMessage.Contains("Unable to describe task definition", StringComparison.OrdinalIgnoreCase))
        {
            // ECS has no "not found" error for task definitions: this ClientException is how it says there is none.
            return null;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListTaskDefinitionsAsync(string familyPrefix, string? status = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(familyPrefix);
        var body = new JsonObject { ["familyPrefix"] = familyPrefix };
        if (status is not null)
        {
            body["status"] = status;
        }
        return ListAllAsync("ListTaskDefinitions", body, "taskDefinitionArns", cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeregisterTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskDefinition);
        await CallAsync("DeregisterTaskDefinition", new JsonObject { ["taskDefinition"] = taskDefinition }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Calls a List* operation page by page (paginators-1.json: nextToken in, nextToken out) and joins the pages.</summary>
    private async Task<IReadOnlyList<string>> ListAllAsync(string operation, JsonObject body, string resultKey, CancellationToken cancellationToken)
    {
        var all = new List<string>();
        string? token = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var page = (JsonObject)body.DeepClone();
            if (token is not null)
            {
                page["nextToken"] = token;
            }
            var response = await CallAsync(operation, page, cancellationToken).ConfigureAwait(false);
            all.AddRange(EcsResponseReader.Strings(response, resultKey));
            token = EcsResponseReader.OptionalText(response, "nextToken");
            if (token is { Length: > 0 } && !seen.Add(token))
            {
                throw new EcsApiException(operation, "InvalidResponse", "the same nextToken came back twice", 200);
            }
        }
        while (!string.IsNullOrEmpty(token));
        return all;
    }
}
