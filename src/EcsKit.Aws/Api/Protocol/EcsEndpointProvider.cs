using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using static Amazon.Runtime.Internal.Endpoints.StandardLibrary.Fn;

namespace EcsKit.Aws;

/// <summary>
/// The ECS endpoint rules: a custom endpoint as given, otherwise https://ecs[-fips].{region}.{partition DNS suffix}
/// (amazonaws.com, amazonaws.com.cn ...), with the dual-stack suffix when asked.
/// </summary>
internal sealed class EcsEndpointProvider : IEndpointProvider
{
    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var region = parameters[EcsEndpointParameters.RegionKey] as string;
        var fips = parameters[EcsEndpointParameters.UseFipsKey] is true;
        var dualStack = parameters[EcsEndpointParameters.UseDualStackKey] is true;
        if (parameters[EcsEndpointParameters.EndpointKey] is string { Length: > 0 } custom)
        {
            if (fips || dualStack)
            {
                throw new AmazonClientException("Invalid configuration: FIPS and dual-stack endpoints cannot be combined with a custom ECS endpoint.");
            }
            return new Endpoint(custom);
        }
        if (string.IsNullOrEmpty(region))
        {
            throw new AmazonClientException("No region to resolve the ECS endpoint for.");
        }
        var partition = Partition(region) ?? throw new AmazonClientException($"Cannot resolve the ECS endpoint of region {region}.");
        if (fips && !Equals(true, GetAttr(partition, "supportsFIPS")))
        {
            throw new AmazonClientException($"FIPS endpoints are not available in the partition of {region}.");
        }
        if (dualStack && !Equals(true, GetAttr(partition, "supportsDualStack")))
        {
            throw new AmazonClientException($"Dual-stack endpoints are not available in the partition of {region}.");
        }
        var suffix = (string)GetAttr(partition, dualStack ? "dualStackDnsSuffix" : "dnsSuffix");
        return new Endpoint($"https://ecs{(fips ? "-fips" : "")}.{region}.{suffix}");
    }
}
