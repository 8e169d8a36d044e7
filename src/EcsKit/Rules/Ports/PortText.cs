namespace EcsKit.Rules;

/// <summary>How the port rules name things in their messages; only names, never values of the environment.</summary>
internal static class PortText
{
    /// <summary>Such as <c>'web'</c>, or the container's path when its name is not known.</summary>
    public static string Name(ContainerFacts container) =>
        container.Name.IsKnown ? Quote(container.Name.Value) : "at " + container.Path;

    /// <summary>Such as <c>'web'</c>, or the service's path when its name is not known.</summary>
    public static string Name(ServiceFacts service) =>
        service.Name.IsKnown ? Quote(service.Name.Value) : "at " + service.Path;

    /// <summary>Such as <c>Task definition 'web'</c> or <c>The task definition</c>.</summary>
    public static string Task(TaskFacts task) =>
        task.Family.IsKnown ? "Task definition " + Quote(task.Family.Value) : "The task definition";

    public static string Quote(string text) => "'" + text + "'";

    /// <summary>The mode as the messages say it: <c>awsvpc mode</c>, or <c>awsvpc mode (Fargate)</c>.</summary>
    public static string Mode(TaskFacts task, string mode) =>
        mode == HostPorts.Awsvpc && task.IsFargate ? "awsvpc mode (Fargate)" : mode + " mode";
}
