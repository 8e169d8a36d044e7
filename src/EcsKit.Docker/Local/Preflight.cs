using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EcsKit.Docker.Local;

/// <summary>
/// The checks before anything is created: the rules (ECS0011 included, since every service shares this machine's
/// ports) and the host ports already bound by something else. Either fails with every problem listed, nothing started.
/// </summary>
internal static class Preflight
{
    /// <param name="app">The application.</param>
    /// <param name="options">The local options (rules to suppress, static ports).</param>
    /// <param name="portsHeldByApp">Host ports the running application holds already (an update keeps them).</param>
    /// <param name="servicePorts">Whether the services' host ports are checked: not when only a one-off task starts.</param>
    public static void Check(EcsApp app, LocalDockerOptions options, IReadOnlySet<int> portsHeldByApp, bool servicePorts = true)
    {
        var validation = options.Validation;
        validation.Rules.LocalDocker = true;
        validation.Rules.LocalStaticAwsvpcPorts = options.StaticPorts;
        var result = app.Validate(validation);
        var blocking = result.Diagnostics.Where(d => d.Severity == EcsSeverity.Error || d.Id == "ECS0011").ToList();
        var problems = blocking.Select(d => $"  {d.Id} {d.Path}: {d.Message}").ToList();
        if (servicePorts)
        {
            problems.AddRange(PortsInUse(app, options, portsHeldByApp));
        }
        if (problems.Count > 0)
        {
            var text = new StringBuilder($"'{app.Name}' cannot start on local Docker; nothing was started:");
            foreach (var problem in problems)
            {
                text.Append('\n').Append(problem);
            }
            throw new LocalDockerException(text.ToString());
        }
    }

    private static IEnumerable<string> PortsInUse(EcsApp app, LocalDockerOptions options, IReadOnlySet<int> portsHeldByApp)
    {
        var services = app.Services.Where(s => app.TaskDefinitionOf(s) is not null).ToList();
        var definitions = services.Select(s => (app.TaskDefinitionOf(s)!, $"service '{s.ServiceName}'")).ToList();
        foreach (var (definition, owner) in definitions)
        {
            foreach (var (container, port, protocol) in Tasks.PortPublishing.StaticHostPorts(definition, options.StaticPorts).Distinct())
            {
                if (!portsHeldByApp.Contains(port) && !IsFree(port, protocol))
                {
                    yield return $"  port {port}/{protocol} of container '{container}' ({owner}, task definition '{definition.Family}') is already in use on this machine: " +
                        "stop what holds it, or let Docker choose (hostPort 0 or none in bridge mode).";
                }
            }
        }
    }

    /// <summary>Whether nothing listens on the port on any address (binding the wildcard address fails when something does).</summary>
    internal static bool IsFree(int port, string protocol)
    {
        try
        {
            if (protocol == "udp")
            {
                using var udp = new UdpClient(new IPEndPoint(IPAddress.Any, port));
            }
            else
            {
                var listener = new TcpListener(IPAddress.Any, port);
                listener.Start();
                listener.Stop();
            }
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
