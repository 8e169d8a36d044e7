namespace EcsKit.Docker.Tasks;

/// <summary>One task to start: its definition and who asks for it.</summary>
internal sealed record TaskLaunchRequest(TaskDefinition Definition, int Revision, string Cluster, string? ServiceName)
{
    /// <summary>Names the service is reachable by from other tasks of the application.</summary>
    public IReadOnlyList<string> Aliases => ServiceName is null ? [] : [ServiceName];

    /// <summary>The hash of the definition's JSON, recorded on every container of the task (<see cref="Engine.Labels.Definition"/>).</summary>
    public string DefinitionHash { get; } = DefinitionHashes.Of(Definition);
}
