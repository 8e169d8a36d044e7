namespace EcsKit.Docker.Images;

/// <summary>
/// An image is neither on the engine nor could it be pulled. The message is the reason ECS gives for the same failure,
/// so the task runner can stop the task with stop code TaskFailedToStart and this message as its stopped reason.
/// </summary>
internal sealed class ImagePullException : Exception
{
    public ImagePullException(string image, string engineMessage, Exception? innerException = null)
        : base(ReasonFor(image, engineMessage), innerException)
    {
        Image = image;
        EngineMessage = engineMessage;
    }

    /// <summary>The image as the task definition names it.</summary>
    public string Image { get; }

    /// <summary>What the engine said.</summary>
    public string EngineMessage { get; }

    /// <summary>
    /// The ECS agent's wording: it retries resolving the manifest before giving up; EcsKit tries once, and says so.
    /// ECS names the reference it resolved; this names the image as the task definition wrote it, which is what the
    /// user searches for.
    /// </summary>
    internal static string ReasonFor(string image, string engineMessage) =>
        $"CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref {image}: {engineMessage}";
}
