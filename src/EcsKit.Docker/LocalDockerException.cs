namespace EcsKit.Docker;

/// <summary>Something on the local Docker target cannot go ahead; the message says what and how to fix it.</summary>
public sealed class LocalDockerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LocalDockerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public LocalDockerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
