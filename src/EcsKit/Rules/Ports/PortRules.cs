namespace EcsKit.Rules;

/// <summary>The rules of the ports section of the catalogue, by the scope they look at.</summary>
internal static class PortRules
{
    public static readonly TaskRule[] Task =
    {
        Ecs0001AwsvpcHostPortMismatch.Check,
        Ecs0002HostModeHostPortMismatch.Check,
        Ecs0003PortMappingsWithNetworkModeNone.Check,
        Ecs0004HostPortMappedTwice.Check,
        Ecs0005ContainerPortReused.Check,
        Ecs0006InvalidPortOrRange.Check,
        Ecs0007ReservedHostPort.Check,
        Ecs0008EphemeralHostPort.Check,
        Ecs0009TooManyStaticHostPorts.Check,
        Ecs0013SensitivePortExposed.Check,
    };

    public static readonly ServiceRule[] Service = { Ecs0012LoadBalancerMismatch.Check };

    public static readonly ClusterRule[] Cluster = { Ecs0010CrossServiceHostPortConflict.Check };

    public static readonly AppRule[] App = { Ecs0011LocalHostPortConflict.Check };
}
