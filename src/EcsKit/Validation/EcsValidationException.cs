namespace EcsKit;

/// <summary>Definitions with errors were about to be deployed or started; the message lists every finding.</summary>
public sealed class EcsValidationException : Exception
{
    /// <summary>Creates the exception for a result with errors.</summary>
    public EcsValidationException(EcsValidationResult result)
        : base(result?.ToString())
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
    }

    /// <summary>The validation that failed.</summary>
    public EcsValidationResult Result { get; }
}
