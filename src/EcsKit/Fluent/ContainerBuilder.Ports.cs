namespace EcsKit;

public sealed partial class ContainerBuilder
{
    /// <summary>Exposes a container port (<c>portMappings</c>).</summary>
    /// <param name="containerPort">The port the process listens on.</param>
    /// <param name="hostPort">
    /// The host port. Leave it out for awsvpc and host mode (ECS uses the container port) and for a dynamic
    /// host port in bridge mode; give it only for a static bridge-mode mapping.
    /// </param>
    /// <param name="protocol">tcp (ECS's default) or udp.</param>
    /// <param name="name">The port's name, needed by Service Connect and VPC Lattice.</param>
    /// <param name="appProtocol">The application protocol Service Connect proxies (http, http2, grpc).</param>
    public ContainerBuilder Port(
        int containerPort,
        int? hostPort = null,
        TransportProtocol? protocol = null,
        string? name = null,
        ApplicationProtocol? appProtocol = null) =>
        With(c => c with
        {
            PortMappings = c.PortMappings.Plus(new PortMapping
            {
                ContainerPort = Guard.Port(containerPort, Owner, nameof(containerPort)),
                HostPort = hostPort is { } host ? Guard.Port(host, Owner, nameof(hostPort)) : null,
                Protocol = protocol,
                Name = name,
                AppProtocol = appProtocol,
            }),
        });

    /// <summary>Exposes a range of container ports (<c>containerPortRange</c>), such as <c>"8000-8010"</c>.</summary>
    public ContainerBuilder PortRange(string range, TransportProtocol? protocol = null) =>
        With(c => c with
        {
            PortMappings = c.PortMappings.Plus(new PortMapping { ContainerPortRange = Guard.NotEmpty(range, Owner, nameof(range)), Protocol = protocol }),
        });
}
