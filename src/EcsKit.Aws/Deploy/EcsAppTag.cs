namespace EcsKit.Aws;

/// <summary>
/// The tag EcsKit puts on the task definition revisions it registers, naming the application, so that destroy
/// deregisters those and only those.
/// </summary>
public static class EcsAppTag
{
    /// <summary>The tag key: <c>ecskit:app</c>.</summary>
    public const string Key = "ecskit:app";

    /// <summary><paramref name="taskDefinition"/> with the tag <c>ecskit:app=<paramref name="app"/></c> (replacing any earlier value).</summary>
    public static TaskDefinition Apply(TaskDefinition taskDefinition, string app)
    {
        ArgumentNullException.ThrowIfNull(taskDefinition);
        ArgumentException.ThrowIfNullOrEmpty(app);
        var tags = (taskDefinition.Tags ?? []).Where(t => t.Key != Key).Append(new Tag { Key = Key, Value = app }).ToList();
        return taskDefinition with { Tags = tags };
    }

    /// <summary>Whether <paramref name="tags"/> say the resource belongs to <paramref name="app"/>.</summary>
    public static bool Marks(IReadOnlyList<Tag>? tags, string app) => tags?.Any(t => t.Key == Key && t.Value == app) ?? false;
}
