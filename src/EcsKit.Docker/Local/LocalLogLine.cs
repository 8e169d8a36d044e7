namespace EcsKit.Docker;

/// <summary>One line of a container's output.</summary>
/// <param name="TaskId">The task's id.</param>
/// <param name="ServiceName">The service that runs the task, or null for a one-off task.</param>
/// <param name="Container">The container's name in the task definition.</param>
/// <param name="Text">The line, without its line break.</param>
/// <param name="IsError">Whether the container wrote it to standard error.</param>
public sealed record LocalLogLine(string TaskId, string? ServiceName, string Container, string Text, bool IsError)
{
    /// <summary>The prefix <c>logs</c> shows: <c>service/container/taskid8</c>, or <c>family-task/container/taskid8</c>.</summary>
    public string Source => $"{ServiceName ?? "task"}/{Container}/{TaskId[..Math.Min(8, TaskId.Length)]}";
}
