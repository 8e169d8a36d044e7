using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EcsKit.Docker.Metadata;

/// <summary>
/// Answers the paths of the task metadata endpoint (<c>/v4/{token}...</c>, <c>/v3/{token}...</c>) and of the agent
/// introspection API (<c>/v1/metadata</c>, <c>/v1/tasks</c>) from the runner's task state and, for what only Docker
/// knows, an inspect at the time of the request.
/// </summary>
internal sealed class MetadataRoutes(ITaskDirectory directory, IContainerSource containers)
{
    /// <summary>The ARN prefix of local tasks (<c>arn:aws:ecs:local:000000000000:task/...</c>), used when no task gives one.</summary>
    private const string LocalArnPrefix = "arn:aws:ecs:local:000000000000";

    public async Task<MetadataResponse> AnswerAsync(string path, string query, CancellationToken cancellationToken)
    {
        var segments = path.Trim('/').Split('/');
        return segments switch
        {
            ["v1", "metadata"] => Metadata(),
            ["v1", "tasks"] => await TasksAsync(query, cancellationToken).ConfigureAwait(false),
            ["v4", var token, .. var rest] when token.Length > 0 => await EndpointAsync(MetadataVersion.V4, token, string.Join('/', rest), cancellationToken).ConfigureAwait(false),
            ["v3", var token, .. var rest] when token.Length > 0 => await EndpointAsync(MetadataVersion.V3, token, string.Join('/', rest), cancellationToken).ConfigureAwait(false),
            _ => MetadataResponse.Error(404, $"no such path: {path}"),
        };
    }

    private async Task<MetadataResponse> EndpointAsync(MetadataVersion version, string token, string route, CancellationToken cancellationToken)
    {
        var handler = route switch
        {
            "" => "container metadata",
            "task" or "taskWithTags" => "task metadata",
            "stats" => "container stats",
            "task/stats" => "task stats",
            _ => null,
        };
        if (handler is null)
        {
            return MetadataResponse.Error(404, $"no such path: /{version.ToString().ToLowerInvariant()}/{token}/{route}");
        }
        // The agent's error messages name the version and the handler; programs log them, so they read alike.
        var prefix = $"{version} {handler} handler";
        if (directory.Find(token) is not (TaskEntry entry, LocalContainer container))
        {
            return MetadataResponse.Error(404, $"{prefix}: unable to find task for token {token}");
        }
        switch (route)
        {
            case "":
                {
                    var facts = await containers.InspectAsync(container.RuntimeId is { } id ? [id] : [], cancellationToken).ConfigureAwait(false);
                    return MetadataResponse.Json(w => MetadataJson.WriteContainer(w, entry, container, MetadataJson.FactsOf(facts, container), version));
                }
            case "task" or "taskWithTags":
                {
                    var facts = await InspectAsync([entry], cancellationToken).ConfigureAwait(false);
                    return MetadataResponse.Json(w => MetadataJson.WriteTask(w, entry, facts, version, withTags: route == "taskWithTags"));
                }
            case "stats":
                {
                    if (container.RuntimeId is not { } id)
                    {
                        return MetadataResponse.Error(500, $"{prefix}: container {container.Name} of task {entry.Task.TaskArn} has no Docker container yet");
                    }
                    var stats = await containers.StatsAsync(id, cancellationToken).ConfigureAwait(false);
                    return MetadataResponse.Json(w => w.WriteRawValue(Trimmed(stats).Span));
                }
            default:
                {
                    var stats = await TaskStatsAsync(entry.Task, cancellationToken).ConfigureAwait(false);
                    return MetadataResponse.Json(w =>
                    {
                        w.WriteStartObject();
                        foreach (var (id, json) in stats)
                        {
                            w.WritePropertyName(id);
                            if (json is { } value)
                            {
                                w.WriteRawValue(Trimmed(value).Span);
                            }
                            else
                            {
                                w.WriteNullValue();
                            }
                        }
                        w.WriteEndObject();
                    });
                }
        }
    }

    /// <summary>Every created container's stats, or null for one whose stats Docker does not give (as the agent maps it).</summary>
    private async Task<List<(string Id, ReadOnlyMemory<byte>? Json)>> TaskStatsAsync(LocalTask task, CancellationToken cancellationToken)
    {
        var reads = task.Containers.Where(c => c.RuntimeId is not null).Select(async c =>
        {
            try
            {
                return (c.RuntimeId!, (ReadOnlyMemory<byte>?)await containers.StatsAsync(c.RuntimeId!, cancellationToken).ConfigureAwait(false));
            }
            catch (MetadataUnavailableException)
            {
                return (c.RuntimeId!, null);
            }
        });
        return [.. await Task.WhenAll(reads).ConfigureAwait(false)];
    }

    private MetadataResponse Metadata()
    {
        var cluster = directory.Cluster;
        // There is no container instance locally; this ARN has the instance form and stays the same for a cluster.
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cluster)).AsSpan(0, 16));
        var prefix = directory.Tasks.Select(t => ArnPrefixOf(t.Task.TaskArn)).FirstOrDefault(p => p is not null) ?? LocalArnPrefix;
        return MetadataResponse.Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("Cluster", cluster);
            w.WriteString("ContainerInstanceArn", $"{prefix}:container-instance/{cluster}/{id}");
            w.WriteString("Version", $"Amazon ECS Agent - v{AgentVersion} (EcsKit local Docker target)");
            w.WriteEndObject();
        });
    }

    private async Task<MetadataResponse> TasksAsync(string query, CancellationToken cancellationToken)
    {
        var parameters = QueryString.Parse(query);
        var dockerId = parameters.GetValueOrDefault("dockerid");
        var taskArn = parameters.GetValueOrDefault("taskarn");
        if (dockerId is not null && taskArn is not null)
        {
            return MetadataResponse.Error(400, "Request contains both dockerid and taskarn; give at most one");
        }
        var tasks = directory.Tasks;
        if (dockerId is null && taskArn is null)
        {
            var facts = await InspectAsync(tasks, cancellationToken).ConfigureAwait(false);
            return MetadataResponse.Json(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("Tasks");
                foreach (var entry in tasks)
                {
                    MetadataJson.WriteIntrospectionTask(w, entry, facts);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        List<TaskEntry> found;
        if (dockerId is not null)
        {
            if (dockerId.Length == 0)
            {
                return MetadataResponse.Error(400, "dockerid is empty");
            }
            found = tasks.Where(t => t.Task.Containers.Any(c => c.RuntimeId is { } id && Matches(id, dockerId))).ToList();
            if (found.Count > 1)
            {
                return MetadataResponse.Error(400, $"docker id {dockerId} matches containers of {found.Count} tasks; give the full id");
            }
        }
        else
        {
            found = tasks.Where(t => t.Task.TaskArn == taskArn).Take(1).ToList();
        }
        if (found.Count == 0)
        {
            return MetadataResponse.Error(404, dockerId is not null ? $"unable to find task for docker id {dockerId}" : $"unable to find task {taskArn}");
        }
        var one = found[0];
        var oneFacts = await InspectAsync([one], cancellationToken).ConfigureAwait(false);
        return MetadataResponse.Json(w => MetadataJson.WriteIntrospectionTask(w, one, oneFacts));
    }

    /// <summary>The full id, or the 12-character short id Docker shows.</summary>
    private static bool Matches(string id, string wanted) =>
        id == wanted || (wanted.Length == 12 && id.StartsWith(wanted, StringComparison.Ordinal));

    private Task<IReadOnlyDictionary<string, ContainerFacts?>> InspectAsync(IEnumerable<TaskEntry> entries, CancellationToken cancellationToken) =>
        containers.InspectAsync(
            entries.SelectMany(e => e.Task.Containers).Select(c => c.RuntimeId).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            cancellationToken);

    private static string? ArnPrefixOf(string taskArn)
    {
        var at = taskArn.IndexOf(":task/", StringComparison.Ordinal);
        return at > 0 ? taskArn[..at] : null;
    }

    private static ReadOnlyMemory<byte> Trimmed(ReadOnlyMemory<byte> json)
    {
        var span = json.Span;
        var end = span.Length;
        while (end > 0 && span[end - 1] is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t')
        {
            end--;
        }
        return json[..end];
    }

    private static string AgentVersion =>
        typeof(MetadataRoutes).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
