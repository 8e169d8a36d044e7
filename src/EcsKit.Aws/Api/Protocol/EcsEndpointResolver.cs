using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util;

namespace EcsKit.Aws;

/// <summary>
/// The pipeline step that collects the endpoint parameters of a request (region, FIPS, dual-stack, custom
/// endpoint) for <see cref="EcsEndpointProvider"/>; with a custom endpoint the signing region is the
/// configured AuthenticationRegion.
/// </summary>
internal sealed class EcsEndpointResolver : BaseEndpointResolver
{
    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
    {
        var config = requestContext.ClientConfig;
        var parameters = new EcsEndpointParameters
        {
            Region = requestContext.Request?.AlternateEndpoint?.SystemName ?? config.RegionEndpoint?.SystemName,
            UseDualStack = config.UseDualstackEndpoint,
            UseFips = config.UseFIPSEndpoint,
            Endpoint = config.ServiceURL,
        };
        if (parameters.Region is null && !string.IsNullOrEmpty(config.ServiceURL))
        {
            parameters.Region = string.IsNullOrEmpty(config.AuthenticationRegion)
                ? AWSSDKUtils.DetermineRegion(config.ServiceURL)
                : config.AuthenticationRegion;
        }
        return parameters;
    }
}
