using Amazon.Runtime;

namespace EcsKit.Aws;

/// <summary>
/// The defaults modes (AWS_DEFAULTS_MODE) as the SDKs define them for every service: standard retries everywhere,
/// connect timeouts tuned to where the caller runs.
/// </summary>
internal static class EcsDefaultConfigurations
{
    public static IReadOnlyList<IDefaultConfiguration> All { get; } =
    [
        Mode(DefaultConfigurationMode.Standard, TimeSpan.FromMilliseconds(3100)),
        Mode(DefaultConfigurationMode.InRegion, TimeSpan.FromMilliseconds(1100)),
        Mode(DefaultConfigurationMode.CrossRegion, TimeSpan.FromMilliseconds(3100)),
        Mode(DefaultConfigurationMode.Mobile, TimeSpan.FromSeconds(30)),
        Mode(DefaultConfigurationMode.Auto, TimeSpan.FromMilliseconds(1100)),
    ];

    private static DefaultConfiguration Mode(DefaultConfigurationMode name, TimeSpan connectTimeout) => new()
    {
        Name = name,
        RetryMode = RequestRetryMode.Standard,
        S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
        ConnectTimeout = connectTimeout,
        TlsNegotiationTimeout = connectTimeout,
    };
}
