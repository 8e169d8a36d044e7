namespace EcsKit.Aws;

/// <summary>No AWS credentials or no region could be found; the message says how to provide them, in one line.</summary>
public sealed class AwsSetupException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AwsSetupException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
