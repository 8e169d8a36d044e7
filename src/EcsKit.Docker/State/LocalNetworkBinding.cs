namespace EcsKit.Docker;

/// <summary>A container port published on the host, as ECS's <c>NetworkBinding</c>.</summary>
/// <param name="BindIP">The host address the port is bound to (0.0.0.0 for all).</param>
/// <param name="ContainerPort">The port inside the task.</param>
/// <param name="HostPort">The port on this machine; for a dynamic port, the one Docker chose.</param>
/// <param name="Protocol"><c>tcp</c> or <c>udp</c>.</param>
public sealed record LocalNetworkBinding(string BindIP, int ContainerPort, int HostPort, string Protocol);
