namespace EcsKit.Aws;

/// <summary>The ECS API refused a request: its error code (ClusterNotFoundException, InvalidParameterException ...) and message.</summary>
public sealed class EcsApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EcsApiException(string operation, string errorCode, string message, int statusCode, Exception? innerException = null)
        : base($"{operation}: {errorCode}: {message}", innerException)
    {
        Operation = operation;
        ErrorCode = errorCode;
        ErrorMessage = message;
        StatusCode = statusCode;
    }

    /// <summary>The operation, such as CreateService.</summary>
    public string Operation { get; }

    /// <summary>The ECS error code without namespace, such as ServiceNotFoundException.</summary>
    public string ErrorCode { get; }

    /// <summary>ECS's message.</summary>
    public string ErrorMessage { get; }

    /// <summary>The HTTP status code (400 for client errors, 5xx for service errors).</summary>
    public int StatusCode { get; }
}
