using static EcsKit.Analyzers.Tests.AnalyzerVerifier;
using static EcsKit.Analyzers.Tests.Rules.Sources;

namespace EcsKit.Analyzers.Tests.Rules;

/// <summary>
/// Section F of the catalogue: network mode, launch type, logging and services, from fluent code.
/// disableNetworking, maxSwap and swappiness (part of ECS0072) have no builder method; they are reached through
/// <c>With</c>, which the analyzer does not read, so only the other parameters of ECS0072 are tested here.
/// </summary>
public class NetworkRuleTests
{
    [Fact]
    public Task Ecs0070_fires_at_a_network_mode_other_than_awsvpc_on_fargate() =>
        VerifyAsync(Task("""
            .{|#1:Fargate|}(cpu: 256, memoryMiB: 512).{|#0:NetworkMode|}(NetworkMode.Bridge)
            .Container("app", c => c.Image("nginx:1.27"))
            """),
            Diagnostic("ECS0070").WithLocation(0).WithLocation(1).WithArguments(
                "Task definition 'web' requires FARGATE but sets networkMode 'bridge'; Fargate runs only awsvpc, so set networkMode to awsvpc."));

    [Fact]
    public Task Ecs0070_is_silent_for_awsvpc_set_again() =>
        VerifyNoneAsync("ECS0070", Task("""
            .Fargate(cpu: 256, memoryMiB: 512).NetworkMode(NetworkMode.Awsvpc)
            .Container("app", c => c.Image("nginx:1.27"))
            """));

    [Fact]
    public Task Ecs0071_fires_at_links_in_awsvpc_mode() =>
        VerifyAsync(Task("""
            .{|#1:Ec2|}(NetworkMode.Awsvpc).Memory(512)
            .Container("db", c => c.Image("postgres:16"))
            .Container("app", c => c.Image("nginx:1.27").{|#0:Links|}("db"))
            """),
            Diagnostic("ECS0071").WithLocation(0).WithLocation(1).WithArguments(
                "Container 'app' has links, but links work only in bridge mode and the task uses awsvpc; remove them and reach the other containers on localhost."));

    [Fact]
    public Task Ecs0071_is_silent_in_bridge_mode() =>
        VerifyNoneAsync("ECS0071", Task("""
            .Ec2().Memory(512)
            .Container("db", c => c.Image("postgres:16"))
            .Container("app", c => c.Image("nginx:1.27").Links("db"))
            """));

    [Fact]
    public Task Ecs0072_fires_at_each_parameter_fargate_does_not_support() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").{|#0:Privileged|}().{|#1:SharedMemorySize|}(64).{|#2:AddCapabilities|}("NET_ADMIN"))
            """),
            Diagnostic("ECS0072").WithLocation(0).WithArguments(
                "Container 'app' is privileged, which Fargate does not support; remove it or run the task on EC2."),
            Diagnostic("ECS0072").WithLocation(1).WithArguments(
                "Container 'app' sets sharedMemorySize, which Fargate does not support; remove it or run the task on EC2."),
            Diagnostic("ECS0072").WithLocation(2).WithArguments(
                "Container 'app' adds capability 'NET_ADMIN', but Fargate lets a container add only SYS_PTRACE; remove it or run the task on EC2."));

    [Fact]
    public Task Ecs0072_is_silent_for_sys_ptrace_and_privileged_false() =>
        VerifyNoneAsync("ECS0072", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").Privileged(false).AddCapabilities("SYS_PTRACE").DropCapabilities("ALL"))
            """));

    [Fact]
    public Task Ecs0073_fires_at_hostname_and_dns_servers_in_awsvpc_mode() =>
        VerifyAsync(Task("""
            .{|#2:Ec2|}(NetworkMode.Awsvpc).Memory(512)
            .Container("app", c => c.Image("nginx:1.27").{|#0:Hostname|}("api").{|#1:DnsServers|}("10.0.0.2"))
            """),
            Diagnostic("ECS0073").WithLocation(0).WithLocation(2).WithArguments(
                "Container 'app' sets hostname, which ECS rejects in awsvpc mode (the task's network interface comes from the VPC); remove it, or use bridge or host mode."),
            Diagnostic("ECS0073").WithLocation(1).WithLocation(2).WithArguments(
                "Container 'app' sets dnsServers, which ECS rejects in awsvpc mode (the task's network interface comes from the VPC); remove it, or use bridge or host mode."));

    [Fact]
    public Task Ecs0073_is_silent_in_bridge_mode() =>
        VerifyNoneAsync("ECS0073", Task("""
            .Ec2().Memory(512)
            .Container("app", c => c.Image("nginx:1.27").Hostname("api").DnsServers("10.0.0.2"))
            """));

    [Fact]
    public Task Ecs0074_fires_at_awslogs_without_prefix_and_json_file_on_fargate() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").{|#0:AwsLogs|}("g", "eu-west-1"))
            .Container("b", c => c.Image("nginx:1.27").{|#1:JsonFileLogs|}(maxSize: "10m"))
            """),
            Diagnostic("ECS0074").WithLocation(0).WithArguments(
                "Container 'app' logs with awslogs but its options lack 'awslogs-stream-prefix', which ECS requires on Fargate; add it."),
            Diagnostic("ECS0074").WithLocation(1).WithArguments(
                "Container 'b' logs with the json-file driver, which Fargate does not support; use awslogs, splunk or awsfirelens (FireLens can forward to other destinations)."));

    [Fact]
    public Task Ecs0074_is_silent_for_awslogs_with_a_prefix() =>
        VerifyNoneAsync("ECS0074", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").AwsLogs("g", "eu-west-1", streamPrefix: "web", createGroup: true))
            """));

    [Fact]
    public Task Ecs0075_fires_at_an_awsvpc_service_without_subnets() =>
        VerifyAsync(Program("""
            var a = app.TaskDefinition("a", td => td.{|#1:Fargate|}(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("nginx:1.27")));
            app.Cluster("c").{|#0:Service|}("one", s => s.TaskDefinition(a).Fargate());
            """),
            Diagnostic("ECS0075").WithLocation(0).WithLocation(1).WithArguments(
                "Service 'one' has no networkConfiguration, but task definition 'a' uses awsvpc, where ECS needs the subnets (and security groups) for each task; add an awsvpcConfiguration."));

    [Fact]
    public Task Ecs0075_is_silent_with_subnets() =>
        VerifyNoneAsync("ECS0075", Program("""
            var a = app.TaskDefinition("a", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("nginx:1.27")));
            app.Cluster("c").Service("one", s => s.TaskDefinition(a).Fargate("1.4.0").Subnets("subnet-1").SecurityGroups("sg-1"));
            """));

    [Fact]
    public Task Ecs0075_finds_a_task_definition_named_by_family() =>
        VerifyAsync(Program("""
            app.TaskDefinition("a", td => td.Ec2().Memory(512).Container("app", c => c.Image("nginx:1.27")));
            app.Cluster("c").Service("one", s => s.TaskDefinition("a:3").{|#0:Subnets|}("subnet-1"));
            """),
            Diagnostic("ECS0075").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(
                "Service 'one' has a networkConfiguration, but task definition 'a' uses bridge mode, where ECS rejects it; remove it or switch the task definition to awsvpc."));
}
