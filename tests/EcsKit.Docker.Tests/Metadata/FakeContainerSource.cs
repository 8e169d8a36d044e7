using System.Text;
using EcsKit.Docker.Metadata;

namespace EcsKit.Docker.Tests.Metadata;

/// <summary>Containers as the test says Docker would report them; an id it does not know cannot be inspected.</summary>
internal sealed class FakeContainerSource : IContainerSource
{
    public Dictionary<string, ContainerFacts> Facts { get; } = [];

    /// <summary>Stats JSON by container id; an id without stats fails as Docker would.</summary>
    public Dictionary<string, string> Stats { get; } = [];

    public List<IReadOnlyCollection<string>> Inspections { get; } = [];

    public Task<IReadOnlyDictionary<string, ContainerFacts?>> InspectAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        lock (Inspections)
        {
            Inspections.Add(ids);
        }
        IReadOnlyDictionary<string, ContainerFacts?> facts = ids.ToDictionary(id => id, id => Facts.GetValueOrDefault(id));
        return Task.FromResult(facts);
    }

    public Task<ReadOnlyMemory<byte>> StatsAsync(string id, CancellationToken cancellationToken) =>
        Stats.TryGetValue(id, out var json)
            ? Task.FromResult<ReadOnlyMemory<byte>>(Encoding.UTF8.GetBytes(json + "\n"))
            : throw new MetadataUnavailableException($"unable to get container stats for {id}: no such container");
}
