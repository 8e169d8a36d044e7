namespace EcsKit.Docker.Metadata;

/// <summary>A task of the application with the definition it was started from.</summary>
internal sealed record TaskEntry(LocalTask Task, TaskDefinition Definition);

/// <summary>What the metadata server reads: the runner's live view of the application's tasks.</summary>
internal interface ITaskDirectory
{
    /// <summary>The application's tasks (running and recently stopped), latest state.</summary>
    IReadOnlyList<TaskEntry> Tasks { get; }

    /// <summary>The task and container a metadata token was issued to, or null.</summary>
    (TaskEntry Entry, LocalContainer Container)? Find(string token);

    /// <summary>The cluster name to report in /v1/metadata.</summary>
    string Cluster { get; }
}
