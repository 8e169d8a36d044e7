namespace EcsKit.Docker.Metadata;

/// <summary>Where the metadata server reads containers from: the Docker engine, or a stand-in in tests.</summary>
internal interface IContainerSource
{
    /// <summary>
    /// The facts about each container id. An id that cannot be inspected maps to null: the response then leaves out
    /// what only an inspect gives (networks, image id, volumes) rather than failing, as the rest is still true.
    /// </summary>
    Task<IReadOnlyDictionary<string, ContainerFacts?>> InspectAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Docker's stats JSON (one ContainerStats object) for the container.</summary>
    /// <exception cref="MetadataUnavailableException">Docker gave no stats for it.</exception>
    Task<ReadOnlyMemory<byte>> StatsAsync(string id, CancellationToken cancellationToken);
}
