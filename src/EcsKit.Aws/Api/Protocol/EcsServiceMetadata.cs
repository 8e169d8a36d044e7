using Amazon.Runtime.Internal;

namespace EcsKit.Aws;

/// <summary>The service identity the SDK runtime reports in metrics and client-side monitoring.</summary>
internal sealed class EcsServiceMetadata : IServiceMetadata
{
    public static EcsServiceMetadata Instance { get; } = new();

    public string ServiceId => EcsJsonProtocol.ServiceId;

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
