using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;

namespace EcsKit.Aws;

/// <summary>
/// The AWSSDK.Core client configuration of <see cref="EcsApiClient"/>: service ECS, SigV4 signing name <c>ecs</c>,
/// endpoint <c>https://ecs.{region}.amazonaws.com</c> (or <see cref="ClientConfig.ServiceURL"/> for an
/// ECS-compatible endpoint), standard retry mode. Region, timeouts, retries, proxy and the rest are the usual
/// <see cref="ClientConfig"/> settings.
/// </summary>
public sealed class EcsApiClientConfig : ClientConfig
{
    private static readonly string UserAgentText = InternalSDKUtils.BuildUserAgentString(EcsJsonProtocol.ServiceId, typeof(EcsApiClientConfig).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>Creates the configuration with the SDK's defaults (region from AWS_REGION, the profile or instance metadata).</summary>
    public EcsApiClientConfig()
        : base(new DefaultConfigurationProvider(EcsDefaultConfigurations.All))
    {
        ServiceId = EcsJsonProtocol.ServiceId;
        AuthenticationServiceName = EcsJsonProtocol.SigningName;
        EndpointProvider = new EcsEndpointProvider();
        RetryMode = RequestRetryMode.Standard;
    }

    /// <inheritdoc />
    public override string RegionEndpointServiceName => EcsJsonProtocol.SigningName;

    /// <inheritdoc />
    public override string ServiceVersion => EcsJsonProtocol.ApiVersion;

    /// <inheritdoc />
    public override string UserAgent => UserAgentText;

    /// <inheritdoc />
    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var requestContext = new RequestContext(false)
        {
            ClientConfig = this,
            OriginalRequest = parameters.Request,
            Request = new DefaultRequest(parameters.Request, EcsJsonProtocol.SdkServiceName) { AlternateEndpoint = parameters.AlternateEndpoint },
        };
        return new EcsEndpointResolver().GetEndpoint(new Amazon.Runtime.Internal.ExecutionContext(requestContext, null));
    }
}
