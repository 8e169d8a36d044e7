namespace EcsKit.Aws;

/// <summary>Why one stopped task stopped: its stop reason, and its containers' reasons and exit codes.</summary>
internal static class TaskExplanations
{
    private const string EssentialExited = "Essential container in task exited";

    public static IEnumerable<EcsExplanation> Of(EcsTaskInfo task, ExplainContext context)
    {
        if (IsRoutine(task))
        {
            yield break;
        }
        var reason = task.StoppedReason;
        if (reason is not null && reason.StartsWith(EssentialExited, StringComparison.Ordinal))
        {
            // The containers' reasons (OutOfMemoryError ...) are part of this advice.
            yield return new EcsExplanation(task.TaskArn, reason, ExitCodes.Advice(task.Containers), null, EcsHelp.StoppedTasks) { At = task.StoppedAt };
            yield break;
        }
        if (!string.IsNullOrEmpty(reason))
        {
            yield return EcsFailureExplainer.Explanation(task.TaskArn, reason, context, task.StoppedAt);
        }
        foreach (var container in task.Containers)
        {
            if (string.IsNullOrEmpty(container.Reason) || (reason?.Contains(container.Reason, StringComparison.Ordinal) ?? false))
            {
                continue;
            }
            yield return EcsFailureExplainer.Explanation($"{task.TaskArn} container {container.Name}", container.Reason, context, task.StoppedAt);
        }
    }

    // Stopped on request or replaced by a deployment or scale-in: nothing failed.
    private static bool IsRoutine(EcsTaskInfo task) =>
        task.StopCode == "UserInitiated"
        || (task.StoppedReason?.StartsWith("Scaling activity initiated by", StringComparison.Ordinal) ?? false);
}
