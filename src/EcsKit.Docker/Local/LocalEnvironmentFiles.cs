namespace EcsKit.Docker;

/// <summary>Where local tasks read the environment files their definitions name in S3.</summary>
public static class LocalEnvironmentFiles
{
    private const string S3Arn = "arn:aws:s3:::";

    /// <summary>The local copy of an environment file: <c>.ecskit/s3/BUCKET/KEY</c> for an S3 ARN, else the value as a path.</summary>
    public static string PathOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.StartsWith(S3Arn, StringComparison.Ordinal)
            ? Path.Combine([".ecskit", "s3", .. value[S3Arn.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries)])
            : value;
    }

    /// <summary>The file's text, or null when there is no local copy.</summary>
    public static string? Read(string value)
    {
        var path = PathOf(value);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
