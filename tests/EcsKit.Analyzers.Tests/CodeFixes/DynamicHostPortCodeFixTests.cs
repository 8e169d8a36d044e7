using Microsoft.CodeAnalysis;
using static EcsKit.Analyzers.Tests.CodeFixes.CodeFixVerifier<EcsKit.Analyzers.CodeFixes.DynamicHostPortCodeFix>;

namespace EcsKit.Analyzers.Tests.CodeFixes;

public class DynamicHostPortCodeFixTests
{
    [Fact]
    public Task A_reserved_static_host_port_in_bridge_mode_becomes_dynamic() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("ssh", td => td
                .Ec2(NetworkMode.Bridge)
                .Container("ssh", c => c.Image("linuxserver/openssh-server:9.7").Memory(256).Port(2222, {|#0:hostPort: 22|})));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("ssh", td => td
                .Ec2(NetworkMode.Bridge)
                .Container("ssh", c => c.Image("linuxserver/openssh-server:9.7").Memory(256).Port(2222)));
            """,
            [Diagnostic("ECS0007", 0, DiagnosticSeverity.Error)]);

    [Fact]
    public Task Fix_all_makes_both_ephemeral_host_ports_dynamic() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("api", td => td
                .Ec2(NetworkMode.Bridge)
                .Container("api", c => c.Image("node:22").Memory(256).Port(3000, {|#0:50000|}, TransportProtocol.Tcp).Port(3001, {|#1:hostPort: 50001|}, name: "admin")));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("api", td => td
                .Ec2(NetworkMode.Bridge)
                .Container("api", c => c.Image("node:22").Memory(256).Port(3000, protocol: TransportProtocol.Tcp).Port(3001, name: "admin")));
            """,
            [Diagnostic("ECS0008", 0), Diagnostic("ECS0008", 1)]);

    [Fact]
    public Task A_host_port_two_services_publish_becomes_dynamic_in_the_service_it_is_reported_on() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            var api = app.TaskDefinition("api", td => td
                .Ec2(NetworkMode.Bridge)
                .Container("api", c => c.Image("node:22").Memory(256).Port(3000, {|#1:hostPort: 8080|})));
            var admin = app.TaskDefinition("admin", td => td
                .Ec2(NetworkMode.Bridge)
                .Container("admin", c => c.Image("node:22").Memory(256).Port(3000, {|#0:hostPort: 8080|})));
            app.Cluster("shop-ec2")
                .Service("api", s => s.TaskDefinition(api).LaunchType(LaunchType.Ec2).DesiredCount(1).RollingUpdate(minimumHealthyPercent: 0, maximumPercent: 100))
                .Service("admin", s => s.TaskDefinition(admin).LaunchType(LaunchType.Ec2).DesiredCount(1).RollingUpdate(minimumHealthyPercent: 0, maximumPercent: 100));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            var api = app.TaskDefinition("api", td => td
                .Ec2(NetworkMode.Bridge)
                .Container("api", c => c.Image("node:22").Memory(256).Port(3000, hostPort: 8080)));
            var admin = app.TaskDefinition("admin", td => td
                .Ec2(NetworkMode.Bridge)
                .Container("admin", c => c.Image("node:22").Memory(256).Port(3000)));
            app.Cluster("shop-ec2")
                .Service("api", s => s.TaskDefinition(api).LaunchType(LaunchType.Ec2).DesiredCount(1).RollingUpdate(minimumHealthyPercent: 0, maximumPercent: 100))
                .Service("admin", s => s.TaskDefinition(admin).LaunchType(LaunchType.Ec2).DesiredCount(1).RollingUpdate(minimumHealthyPercent: 0, maximumPercent: 100));
            """,
            [Diagnostic("ECS0010", 0).WithLocation(1)]);

    [Fact]
    public Task No_fix_in_host_mode_where_the_host_port_is_the_container_port() =>
        VerifyNoFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("ssh", td => td
                .Ec2(NetworkMode.Host)
                .Container("ssh", c => c.Image("linuxserver/openssh-server:9.7").Memory(256).Port(22, {|#0:hostPort: 22|})));
            """,
            Diagnostic("ECS0007", 0, DiagnosticSeverity.Error));
}
