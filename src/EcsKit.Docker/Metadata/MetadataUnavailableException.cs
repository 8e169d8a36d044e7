namespace EcsKit.Docker.Metadata;

/// <summary>Something a metadata request needs could not be read from Docker; the request answers 500 with the message.</summary>
internal sealed class MetadataUnavailableException : Exception
{
    public MetadataUnavailableException(string message)
        : base(message)
    {
    }

    public MetadataUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MetadataUnavailableException()
    {
    }
}
