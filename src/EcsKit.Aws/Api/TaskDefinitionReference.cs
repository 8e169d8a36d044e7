namespace EcsKit.Aws;

/// <summary>A task definition as a service names it: <c>family</c>, <c>family:revision</c> or an ARN (which always has a revision).</summary>
internal readonly record struct TaskDefinitionReference(string Family, int? Revision)
{
    public static TaskDefinitionReference Parse(string reference)
    {
        // arn:aws:ecs:region:account:task-definition/family:revision
        var slash = reference.LastIndexOf('/');
        var text = reference[(slash + 1)..];
        var colon = text.LastIndexOf(':');
        return colon > 0 && int.TryParse(text[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision)
            ? new TaskDefinitionReference(text[..colon], revision)
            : new TaskDefinitionReference(text, null);
    }

    /// <summary><c>family:revision</c>, or the family alone.</summary>
    public override string ToString() => Revision is { } r ? $"{Family}:{r}" : Family;
}
