using Amazon.Runtime.Endpoints;

namespace EcsKit.Aws;

/// <summary>The inputs of ECS endpoint resolution, under the names the ECS endpoint rules give them.</summary>
internal sealed class EcsEndpointParameters : EndpointParameters
{
    public const string RegionKey = "Region";
    public const string UseDualStackKey = "UseDualStack";
    public const string UseFipsKey = "UseFIPS";
    public const string EndpointKey = "Endpoint";

    public string? Region
    {
        get => (string?)this[RegionKey];
        set => this[RegionKey] = value;
    }

    public bool UseDualStack
    {
        get => this[UseDualStackKey] is true;
        set => this[UseDualStackKey] = value;
    }

    public bool UseFips
    {
        get => this[UseFipsKey] is true;
        set => this[UseFipsKey] = value;
    }

    /// <summary>A custom endpoint (ServiceURL), used as given.</summary>
    public string? Endpoint
    {
        get => (string?)this[EndpointKey];
        set => this[EndpointKey] = value;
    }
}
