using static EcsKit.Analyzers.Tests.AnalyzerVerifier;
using static EcsKit.Analyzers.Tests.Rules.Sources;

namespace EcsKit.Analyzers.Tests.Rules;

/// <summary>Section C of the catalogue: resources and sizing, from fluent code.</summary>
public class ResourceRuleTests
{
    [Fact]
    public Task Ecs0030_fires_at_the_memory_argument_of_an_invalid_fargate_size() =>
        VerifyAsync(Task("""
            .Fargate({|#1:cpu: 256|}, {|#0:memoryMiB: 4096|})
            .Container("app", c => c.Image("nginx:1.27"))
            """),
            Diagnostic("ECS0030").WithLocation(0).WithLocation(1).WithArguments(
                "Fargate takes 512, 1024 or 2048 MiB with 256 CPU units, not 4096 MiB; change the memory, or use 512, 1024 or 2048 CPU units for 4096 MiB."));

    [Fact]
    public Task Ecs0030_is_silent_for_a_valid_fargate_size() =>
        VerifyNoneAsync("ECS0030", Task("""
            .Fargate(cpu: 1024, memoryMiB: 4096)
            .Container("app", c => c.Image("nginx:1.27"))
            """));

    [Fact]
    public Task Ecs0031_fires_for_fargate_compatibility_without_task_memory() =>
        VerifyAsync(Program("""
            app.{|#0:TaskDefinition|}("web", td => td.RequiresCompatibilities(Compatibility.Fargate).NetworkMode(NetworkMode.Awsvpc).{|#1:Cpu|}(256)
                .Container("app", c => c.Image("nginx:1.27")));
            """),
            Diagnostic("ECS0031").WithLocation(0).WithLocation(1).WithArguments(
                "The task runs on Fargate but has no task-level memory; Fargate sizes each task by its cpu and memory, so set memory to 512, 1024 or 2048 MiB for 256 CPU units."));

    [Fact]
    public Task Ecs0031_is_silent_with_cpu_and_memory() =>
        VerifyNoneAsync("ECS0031", Task("""
            .RequiresCompatibilities(Compatibility.Fargate).NetworkMode(NetworkMode.Awsvpc).Cpu(256).Memory(512)
            .Container("app", c => c.Image("nginx:1.27"))
            """));

    [Fact]
    public Task Ecs0032_fires_for_a_small_windows_fargate_task() =>
        VerifyAsync(Task("""
            .Fargate({|#0:cpu: 512|}, memoryMiB: 1024).{|#1:RuntimePlatform|}(CPUArchitecture.X86_64, OSFamily.WindowsServer2022Core)
            .Container("app", c => c.Image("mcr.microsoft.com/dotnet/aspnet:9.0"))
            """),
            Diagnostic("ECS0032").WithLocation(0).WithLocation(1).WithArguments(
                "Windows tasks on Fargate take 1024, 2048 or 4096 CPU units, not 512 CPU units; pick one of those with a memory value that goes with it."));

    [Fact]
    public Task Ecs0032_is_silent_for_the_same_size_on_linux() =>
        VerifyNoneAsync("ECS0032", Task("""
            .Fargate(cpu: 512, memoryMiB: 1024).RuntimePlatform(CPUArchitecture.Arm64)
            .Container("app", c => c.Image("nginx:1.27"))
            """));

    [Fact]
    public Task Ecs0033_fires_at_ec2_task_cpu_below_128() =>
        VerifyAsync(Task("""
            .Ec2().{|#0:Cpu|}(64).Memory(512)
            .Container("app", c => c.Image("nginx:1.27"))
            """),
            Diagnostic("ECS0033").WithLocation(0).WithArguments(
                "Task cpu of 64 CPU units is outside what ECS takes, 128 (0.125 vCPU) to 196608 (192 vCPU) CPU units; raise it to at least 128, or leave task-level cpu out."));

    [Fact]
    public Task Ecs0033_is_silent_at_128() =>
        VerifyNoneAsync("ECS0033", Task("""
            .Ec2().Cpu(128).Memory(512)
            .Container("app", c => c.Image("nginx:1.27"))
            """));

    [Fact]
    public Task Ecs0034_fires_at_a_container_memory_above_the_task_memory() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, {|#1:memoryMiB: 512|})
            .Container("app", c => c.Image("nginx:1.27").{|#0:Memory|}(1024))
            """),
            Diagnostic("ECS0034").WithLocation(0).WithLocation(1).WithArguments(
                "Container 'app' has a hard memory limit of 1024 MiB, more than the task memory of 512 MiB; lower the container's memory or raise the task memory."));

    [Fact]
    public Task Ecs0034_is_silent_within_the_task_memory() =>
        VerifyNoneAsync("ECS0034", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").Memory(256))
            .Container("log", c => c.Image("fluent-bit:3.0").Memory(256))
            """));

    [Fact]
    public Task Ecs0035_fires_at_memory_not_above_the_reservation() =>
        VerifyAsync(Task("""
            .Ec2()
            .Container("app", c => c.Image("nginx:1.27").{|#0:Memory|}(256).{|#1:MemoryReservation|}(512))
            """),
            Diagnostic("ECS0035").WithLocation(0).WithLocation(1).WithArguments(
                "Container 'app' has memory 256 MiB, not more than its memoryReservation of 512 MiB; the hard limit must be greater than the soft limit, so raise memory or lower memoryReservation."));

    [Fact]
    public Task Ecs0035_is_silent_for_memory_above_the_reservation() =>
        VerifyNoneAsync("ECS0035", Task("""
            .Ec2()
            .Container("app", c => c.Image("nginx:1.27").Memory(512).MemoryReservation(256))
            """));

    [Fact]
    public Task Ecs0036_fires_at_an_ec2_container_without_memory() =>
        VerifyAsync(Task("""
            .Ec2()
            .{|#0:Container|}("app", c => c.Image("nginx:1.27"))
            """),
            Diagnostic("ECS0036").WithLocation(0).WithArguments(
                "Container 'app' has neither memory nor memoryReservation and the task has no memory; outside Fargate ECS needs one of them, so set memoryReservation (soft) or memory (hard limit) on the container, or memory on the task."));

    [Fact]
    public Task Ecs0036_is_silent_with_a_memory_reservation() =>
        VerifyNoneAsync("ECS0036", Task("""
            .Ec2()
            .Container("app", c => c.Image("nginx:1.27").MemoryReservation(128))
            """));

    [Fact]
    public Task Ecs0037_fires_at_container_memory_below_6_mib() =>
        VerifyAsync(Task("""
            .Ec2()
            .Container("app", c => c.Image("nginx:1.27").{|#0:Memory|}(4))
            """),
            Diagnostic("ECS0037").WithLocation(0).WithArguments(
                "Container 'app' has memory 4 MiB; Docker 20.10 and later reserve at least 6 MiB for a container, so give it 6 MiB or more."));

    [Fact]
    public Task Ecs0037_is_silent_at_6_mib() =>
        VerifyNoneAsync("ECS0037", Task("""
            .Ec2()
            .Container("app", c => c.Image("nginx:1.27").Memory(6))
            """));

    [Fact]
    public Task Ecs0038_fires_when_enabled_for_a_container_without_memory() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .{|#0:Container|}("app", c => c.Image("nginx:1.27"))
            """),
            HardLimitOn,
            Diagnostic("ECS0038").WithLocation(0).WithArguments(
                "Container 'app' has no hard memory limit, so it can take all the memory of its task or instance from the other containers; set memory to cap it."));

    [Fact]
    public Task Ecs0038_is_silent_with_a_hard_limit_even_when_enabled() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").Memory(512))
            """),
            HardLimitOn);

    // ECS0038 is off by default.
    private const string HardLimitOn = """
        root = true

        [*]
        dotnet_diagnostic.ECS0038.severity = suggestion
        """;
}
