namespace EcsKit.Aws;

/// <summary>Pages of the ECS Developer Guide that explain failures.</summary>
internal static class EcsHelp
{
    private const string Guide = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/";

    public const string ServiceEvents = Guide + "service-event-messages-list.html";
    public const string StoppedTasks = Guide + "stopped-task-errors.html";
    public const string ResourceInitialization = Guide + "resource-initialization-error.html";
    public const string CannotStartContainer = Guide + "cannot-start-container.html";
}
