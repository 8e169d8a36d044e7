using Microsoft.CodeAnalysis;
using static EcsKit.Analyzers.Tests.CodeFixes.CodeFixVerifier<EcsKit.Analyzers.CodeFixes.RemoveHostPortCodeFix>;

namespace EcsKit.Analyzers.Tests.CodeFixes;

public class HostPortCodeFixTests
{
    [Fact]
    public Task A_named_host_port_in_a_fargate_task_is_removed() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c.Image("nginx:1.27").Port(80, {|#0:hostPort: 8080|}, name: "http")));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c.Image("nginx:1.27").Port(80, name: "http")));
            """,
            [Diagnostic("ECS0001", 0, DiagnosticSeverity.Error)]);

    [Fact]
    public Task A_positional_host_port_in_host_mode_is_removed_and_the_protocol_after_it_gets_its_name() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("dns", td => td
                .Ec2(NetworkMode.Host)
                .Container("dns", c => c.Image("coredns/coredns:1.11.1").Memory(256).Port(53, {|#0:5353|}, TransportProtocol.Udp)));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("dns", td => td
                .Ec2(NetworkMode.Host)
                .Container("dns", c => c.Image("coredns/coredns:1.11.1").Memory(256).Port(53, protocol: TransportProtocol.Udp)));
            """,
            [Diagnostic("ECS0002", 0, DiagnosticSeverity.Error)]);

    [Fact]
    public Task Fix_all_removes_both_host_ports() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c.Image("nginx:1.27").Port(80, {|#0:8080|}))
                .Container("api", c => c.Image("node:22").Port(3000, {|#1:hostPort: 0|})));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c.Image("nginx:1.27").Port(80))
                .Container("api", c => c.Image("node:22").Port(3000)));
            """,
            [Diagnostic("ECS0001", 0, DiagnosticSeverity.Error), Diagnostic("ECS0001", 1, DiagnosticSeverity.Error)]);
}
