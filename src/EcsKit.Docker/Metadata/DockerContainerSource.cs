using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsKit.Docker.Metadata;

/// <summary>Reads containers from the Docker engine, one inspect per container per request.</summary>
internal sealed class DockerContainerSource(IDockerClient docker) : IContainerSource
{
    private const string JoinedPrefix = "container:";

    public async Task<IReadOnlyDictionary<string, ContainerFacts?>> InspectAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        // One inspect per id and request: the containers of an awsvpc task all join the same pause container,
        // which is inspected once for all of them.
        var inspections = new Dictionary<string, Task<ContainerInspectResponse?>>(StringComparer.Ordinal);
        Task<ContainerInspectResponse?> Inspect(string id)
        {
            if (!inspections.TryGetValue(id, out var inspection))
            {
                inspection = TryInspectAsync(id, cancellationToken);
                inspections.Add(id, inspection);
            }
            return inspection;
        }

        foreach (var id in ids)
        {
            _ = Inspect(id);
        }
        var facts = new Dictionary<string, ContainerFacts?>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var container = await Inspect(id).ConfigureAwait(false);
            if (container is null)
            {
                facts[id] = null;
                continue;
            }
            var joined = JoinedContainer(container);
            var owner = joined is null ? container : await Inspect(joined).ConfigureAwait(false);
            facts[id] = Facts(container, owner);
        }
        return facts;
    }

    public async Task<ReadOnlyMemory<byte>> StatsAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            // Not one-shot: Docker then samples twice and fills precpu_stats, which is what clients of the endpoint
            // take CPU usage from (on ECS the agent keeps a stats stream, so both samples are always there).
            var parameters = new ContainerStatsParameters { Stream = false };
            // The raw form is obsolete in favour of the typed one, but only the raw form is Docker's JSON as Docker
            // wrote it: the typed model drops members it does not know and re-serializes the rest its own way.
#pragma warning disable CS0618
            using var stream = await docker.Containers.GetContainerStatsAsync(id, parameters, cancellationToken).ConfigureAwait(false);
#pragma warning restore CS0618
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new MetadataUnavailableException($"unable to get container stats for {id}: {(e.InnerException ?? e).Message}", e);
        }
    }

    private async Task<ContainerInspectResponse?> TryInspectAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await docker.Containers.InspectContainerAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A container removed meanwhile, or an engine that does not answer: the response omits what inspect gives.
            return null;
        }
    }

    private static string? JoinedContainer(ContainerInspectResponse container) =>
        container.HostConfig?.NetworkMode is { } mode && mode.StartsWith(JoinedPrefix, StringComparison.Ordinal)
            ? mode[JoinedPrefix.Length..]
            : null;

    private static ContainerFacts Facts(ContainerInspectResponse container, ContainerInspectResponse? networkOwner) => new()
    {
        ImageId = string.IsNullOrEmpty(container.Image) ? null : container.Image,
        DockerName = container.Name?.TrimStart('/'),
        Networks = networkOwner is null ? null : Networks(networkOwner),
        Volumes = container.Mounts?.Select(m => new MountedVolume(NullIfEmpty(m.Name), NullIfEmpty(m.Source), m.Destination)).ToList() ?? [],
        LastHealthProbe = container.State?.Health?.Log?.LastOrDefault() is { } probe
            ? new HealthProbe(probe.End == default ? null : Utc(probe.End), probe.ExitCode, NullIfEmpty(probe.Output))
            : null,
    };

    private static List<NetworkAttachment> Networks(ContainerInspectResponse owner) =>
        (owner.NetworkSettings?.Networks ?? new Dictionary<string, EndpointSettings>())
            .Where(n => !string.IsNullOrEmpty(n.Value?.IPAddress))
            .OrderBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => new NetworkAttachment(n.Key, n.Value.IPAddress, (int)n.Value.IPPrefixLen, NullIfEmpty(n.Value.MacAddress), NullIfEmpty(n.Value.Gateway)))
            .ToList();

    private static DateTimeOffset Utc(DateTime time) =>
        time.Kind == DateTimeKind.Local ? new DateTimeOffset(time).ToUniversalTime() : new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
