namespace EcsKit.Docker.Images;

/// <summary>Image names as the docker CLI completes them before it asks the engine to pull.</summary>
internal static class ImageReference
{
    /// <summary>
    /// <paramref name="image"/> with ":latest" when it names neither a tag nor a digest. The engine's pull endpoint
    /// pulls every tag of a repository given without one, which is never what a task definition means.
    /// </summary>
    public static string WithDefaultTag(string image)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        if (image.Contains('@', StringComparison.Ordinal))
        {
            return image;
        }
        // A colon before the last slash belongs to a registry port (localhost:5000/app), not to a tag.
        var colon = image.LastIndexOf(':');
        return colon > image.LastIndexOf('/') ? image : image + ":latest";
    }
}
