using static EcsKit.Analyzers.Tests.AnalyzerVerifier;
using static EcsKit.Analyzers.Tests.Rules.Sources;

namespace EcsKit.Analyzers.Tests.Rules;

/// <summary>Section A of the catalogue: ports, from fluent code.</summary>
public class PortRuleTests
{
    [Fact]
    public Task Ecs0001_fires_at_a_host_port_that_differs_in_awsvpc() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").Port(80, {|#0:hostPort: 8080|}))
            """),
            Diagnostic("ECS0001").WithLocation(0).WithArguments(
                "Container 'app' maps containerPort 80 to hostPort 8080 in awsvpc mode (Fargate), but an awsvpc task has its own network interface, where the host port is always the container port; omit hostPort or set it to 80."));

    [Fact]
    public Task Ecs0001_is_silent_for_a_host_port_equal_to_the_container_port() =>
        VerifyNoneAsync("ECS0001", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").Port(80, hostPort: 80))
            """));

    [Fact]
    public Task Ecs0002_fires_at_a_host_port_that_differs_in_host_mode() =>
        VerifyAsync(Task("""
            .Ec2(NetworkMode.Host).Memory(512)
            .Container("app", c => c.Image("nginx:1.27").Port(80, {|#0:hostPort: 8080|}))
            """),
            Diagnostic("ECS0002").WithLocation(0).WithArguments(
                "Container 'app' maps containerPort 80 to hostPort 8080 in host mode, but a host-mode container listens on the instance's network directly, so the host port is always the container port; omit hostPort or set it to 80."));

    [Fact]
    public Task Ecs0002_is_silent_for_the_same_mapping_in_bridge_mode() =>
        VerifyNoneAsync("ECS0002", Task("""
            .Ec2(NetworkMode.Bridge).Memory(512)
            .Container("app", c => c.Image("nginx:1.27").Port(80, hostPort: 8080))
            """));

    [Fact]
    public Task Ecs0003_fires_at_a_port_with_network_mode_none() =>
        VerifyAsync(Task("""
            .Ec2(NetworkMode.None).Memory(512)
            .Container("app", c => c.Image("nginx:1.27").{|#0:Port|}(80))
            """),
            Diagnostic("ECS0003").WithLocation(0).WithArguments(
                "Container 'app' has a port mapping for container port 80, but with networkMode none the task's containers have no external network to publish it on; remove the mapping or use another network mode."));

    [Fact]
    public Task Ecs0003_is_silent_for_network_mode_none_without_ports() =>
        VerifyNoneAsync("ECS0003", Task("""
            .Ec2(NetworkMode.None).Memory(512)
            .Container("app", c => c.Image("nginx:1.27"))
            """));

    [Fact]
    public Task Ecs0004_fires_at_the_second_static_host_port_in_bridge_mode() =>
        VerifyAsync(Task("""
            .Ec2().Memory(512)
            .Container("a", c => c.Image("nginx:1.27").Port(80, {|#1:hostPort: 8080|}))
            .Container("b", c => c.Image("httpd:2.4").Port(81, {|#0:hostPort: 8080|}))
            """),
            Diagnostic("ECS0004").WithLocation(0).WithLocation(1).WithArguments(
                "Containers 'a' and 'b' both map static host port 8080/tcp in bridge mode, and a host port can be bound only once; omit hostPort on one of them for a dynamic host port, or give it another host port."));

    [Fact]
    public Task Ecs0004_is_silent_for_dynamic_host_ports_in_bridge_mode() =>
        VerifyNoneAsync("ECS0004", Task("""
            .Ec2().Memory(512)
            .Container("a", c => c.Image("nginx:1.27").Port(80))
            .Container("b", c => c.Image("httpd:2.4").Port(80))
            """));

    [Fact]
    public Task Ecs0005_fires_at_a_container_port_mapped_for_two_protocols() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("coredns:1.11").Port({|#1:53|}).Port({|#0:53|}, protocol: TransportProtocol.Udp))
            """),
            Diagnostic("ECS0005").WithLocation(0).WithLocation(1).WithArguments(
                "Container 'app' maps container port 53 for both tcp and udp, but ECS cannot expose one container port for several protocols; keep one of the mappings or listen on another port."));

    [Fact]
    public Task Ecs0005_is_silent_for_two_ports() =>
        VerifyNoneAsync("ECS0005", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("coredns:1.11").Port(53).Port(54, protocol: TransportProtocol.Udp))
            """));

    [Fact]
    public Task Ecs0006_fires_at_a_port_out_of_range_and_at_a_range_in_host_mode() =>
        VerifyAsync(Task("""
            .Ec2(NetworkMode.Host).Memory(512)
            .Container("app", c => c.Image("nginx:1.27").Port({|#0:70000|}).{|#1:PortRange|}("8000-8010"))
            """),
            Diagnostic("ECS0006").WithLocation(0).WithArguments(
                "Container 'app' maps containerPort 70000, but ports run from 1 to 65535; use the port the process listens on."),
            Diagnostic("ECS0006").WithLocation(1).WithArguments(
                "Container 'app' maps a containerPortRange in host mode, but port ranges work only in bridge and awsvpc mode; map single ports with containerPort, or change the network mode."));

    [Fact]
    public Task Ecs0006_is_silent_for_a_range_in_bridge_mode() =>
        VerifyNoneAsync("ECS0006", Task("""
            .Ec2().Memory(512)
            .Container("app", c => c.Image("nginx:1.27").Port(65535).PortRange("8000-8010"))
            """));

    [Fact]
    public Task Ecs0007_fires_at_a_reserved_static_host_port() =>
        VerifyAsync(Task("""
            .Ec2().Memory(512)
            .Container("app", c => c.Image("nginx:1.27").Port(80, {|#0:hostPort: 2375|}))
            """),
            Diagnostic("ECS0007").WithLocation(0).WithArguments(
                "Container 'app' maps static host port 2375/tcp in bridge mode, which ECS reserves on every container instance for the Docker daemon, so its tasks can never be placed; omit hostPort for a dynamic host port, or pick another host port."));

    [Fact]
    public Task Ecs0007_is_silent_for_a_reserved_port_as_container_port_only() =>
        VerifyNoneAsync("ECS0007", Task("""
            .Ec2().Memory(512)
            .Container("app", c => c.Image("docker:27-dind").Port(2375))
            """));

    [Fact]
    public Task Ecs0008_fires_at_a_static_host_port_in_the_ephemeral_range() =>
        VerifyAsync(Task("""
            .Ec2().Memory(512)
            .Container("app", c => c.Image("nginx:1.27").Port(80, {|#0:hostPort: 40000|}))
            """),
            Diagnostic("ECS0008").WithLocation(0).WithArguments(
                "Container 'app' maps static host port 40000/tcp in bridge mode, at or above 32768 where ephemeral port ranges start (49153-65535, Linux's default range for dynamic host ports, is where a clash is likelier); omit hostPort for a dynamic host port, or pick a host port below 32768."));

    [Fact]
    public Task Ecs0008_is_silent_below_32768() =>
        VerifyNoneAsync("ECS0008", Task("""
            .Ec2().Memory(512)
            .Container("app", c => c.Image("nginx:1.27").Port(80, hostPort: 32767))
            """));

    [Fact]
    public Task Ecs0009_fires_at_the_95th_static_host_port() =>
        VerifyAsync(Task($$"""
            .Ec2().Memory(512)
            .Container("app", c => c.Image("nginx:1.27"){{StaticPorts(94)}}.Port(1094, {|#0:hostPort: 1094|}))
            """),
            Diagnostic("ECS0009").WithLocation(0).WithArguments(
                "Task definition 'web' maps 95 distinct static host ports, but a container instance reserves at most 100 ports, its own 6 included, so at most 94 fit; omit hostPort on most mappings for dynamic host ports, which do not count."));

    [Fact]
    public Task Ecs0009_is_silent_at_94_static_host_ports() =>
        VerifyNoneAsync("ECS0009", Task($$"""
            .Ec2().Memory(512)
            .Container("app", c => c.Image("nginx:1.27"){{StaticPorts(94)}}.Port(1094))
            """));

    [Fact]
    public Task Ecs0010_fires_for_two_services_of_one_cluster_sharing_a_static_host_port() =>
        VerifyAsync(Program("""
            var a = app.TaskDefinition("a", td => td.Ec2().Memory(512).Container("app", c => c.Image("nginx:1.27").Port(80, {|#1:hostPort: 8080|})));
            var b = app.TaskDefinition("b", td => td.Ec2().Memory(512).Container("app", c => c.Image("httpd:2.4").Port(80, {|#0:hostPort: 8080|})));
            app.Cluster("c").Service("one", s => s.TaskDefinition(a)).Service("two", s => s.TaskDefinition(b));
            """),
            Diagnostic("ECS0010").WithLocation(0).WithLocation(1).WithArguments(
                "Services 'one' and 'two' of cluster 'c' both publish static host port 8080/tcp (bridge mode), so no container instance can run tasks of both and placement fails once no instance has the port free; omit hostPort for a dynamic host port, or give one of them another host port."));

    [Fact]
    public Task Ecs0010_is_silent_for_services_in_two_clusters() =>
        VerifyNoneAsync("ECS0010", Program("""
            var a = app.TaskDefinition("a", td => td.Ec2().Memory(512).Container("app", c => c.Image("nginx:1.27").Port(80, hostPort: 8080)));
            var b = app.TaskDefinition("b", td => td.Ec2().Memory(512).Container("app", c => c.Image("httpd:2.4").Port(80, hostPort: 8080)));
            app.Cluster("c").Service("one", s => s.TaskDefinition(a));
            app.Cluster("d").Service("two", s => s.TaskDefinition(b));
            """));

    private const string LocalDocker = """
        root = true

        [*]
        dotnet_diagnostic.ECS0011.severity = error
        """;

    [Fact]
    public Task Ecs0011_fires_when_enabled_for_two_services_publishing_one_port_locally() =>
        VerifyAsync(Program("""
            var a = app.TaskDefinition("a", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("nginx:1.27").Port({|#1:8080|})));
            var b = app.TaskDefinition("b", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("httpd:2.4").Port({|#0:8080|})));
            app.Cluster("c").Service("one", s => s.TaskDefinition(a).Subnets("subnet-1")).Service("two", s => s.TaskDefinition(b).Subnets("subnet-1"));
            """),
            LocalDocker,
            Diagnostic("ECS0011").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithLocation(1).WithArguments(
                "On the local Docker host every service shares one host, and services 'one' and 'two' both publish host port 8080/tcp (awsvpc mode); remap one of them to another host port, or publish the port dynamically."));

    [Fact]
    public Task Ecs0011_is_silent_for_different_ports_even_when_enabled() =>
        VerifyAsync(Program("""
            var a = app.TaskDefinition("a", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("nginx:1.27").Port(8080)));
            var b = app.TaskDefinition("b", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("httpd:2.4").Port(8081)));
            app.Cluster("c").Service("one", s => s.TaskDefinition(a).Subnets("subnet-1")).Service("two", s => s.TaskDefinition(b).Subnets("subnet-1"));
            """),
            LocalDocker);

    [Fact]
    public Task Ecs0012_fires_at_a_load_balancer_container_the_task_lacks() =>
        VerifyAsync(Program("""
            var a = app.TaskDefinition("a", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("nginx:1.27").Port(80)));
            app.Cluster("c").Service("one", s => s.TaskDefinition(a).Subnets("subnet-1").LoadBalancer("arn:tg", {|#0:"web"|}, 80));
            """),
            Diagnostic("ECS0012").WithLocation(0).WithArguments(
                "Service 'one' registers container 'web' with its load balancer, but task definition 'a' has no such container (it has 'app'); name one of its containers."));

    [Fact]
    public Task Ecs0012_is_silent_for_a_mapped_container_port() =>
        VerifyNoneAsync("ECS0012", Program("""
            var a = app.TaskDefinition("a", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("nginx:1.27").Port(80)));
            app.Cluster("c").Service("one", s => s.TaskDefinition(a).Subnets("subnet-1").LoadBalancer("arn:tg", "app", 80));
            """));

    [Fact]
    public Task Ecs0013_fires_at_an_exposed_ssh_port() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("sshd:9").Port({|#0:22|}))
            """),
            Diagnostic("ECS0013").WithLocation(0).WithArguments(
                "Container 'app' exposes port 22 (SSH); an SSH server in a task is one more process and credential to guard, so prefer ECS Exec (aws ecs execute-command) and remove the mapping."));

    [Fact]
    public Task Ecs0013_is_silent_for_an_unprivileged_port() =>
        VerifyNoneAsync("ECS0013", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").User("1000").Port(2222))
            """));

    private static string StaticPorts(int count) =>
        string.Concat(Enumerable.Range(1000, count).Select(p => $".Port({p}, hostPort: {p})"));
}
