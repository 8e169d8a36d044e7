using static EcsKit.Analyzers.Tests.AnalyzerVerifier;
using static EcsKit.Analyzers.Tests.Rules.Sources;

namespace EcsKit.Analyzers.Tests.Rules;

/// <summary>Section E of the catalogue: dependsOn, health checks, timeouts and restart policies, from fluent code.</summary>
public class DependencyRuleTests
{
    [Fact]
    public Task Ecs0050_fires_at_the_name_of_a_missing_container() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").DependsOn({|#0:"db"|}))
            """),
            Diagnostic("ECS0050").WithLocation(0).WithArguments(
                "Container 'app' depends on container 'db', which the task definition does not define; ECS rejects it, so name an existing container or remove the dependency."));

    [Fact]
    public Task Ecs0050_is_silent_for_a_container_declared_later() =>
        VerifyNoneAsync("ECS0050", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").DependsOn("db"))
            .Container("db", c => c.Image("postgres:16"))
            """));

    [Fact]
    public Task Ecs0051_fires_at_success_on_an_essential_container() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .{|#1:Container|}("init", c => c.Image("busybox:1.36"))
            .Container("app", c => c.Image("nginx:1.27").DependsOn("init", {|#0:ContainerCondition.Success|}))
            """),
            Diagnostic("ECS0051").WithLocation(0).WithLocation(1).WithArguments(
                "Container 'app' waits for essential container 'init' to exit successfully (SUCCESS), but an essential container that exits stops the task; mark 'init' essential false or use START or HEALTHY."));

    [Fact]
    public Task Ecs0051_is_silent_for_a_non_essential_init_container() =>
        VerifyNoneAsync("ECS0051", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("init", c => c.Image("busybox:1.36").Essential(false))
            .Container("app", c => c.Image("nginx:1.27").DependsOn("init", ContainerCondition.Success))
            """));

    [Fact]
    public Task Ecs0052_fires_at_healthy_on_a_container_without_health_check() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .{|#1:Container|}("db", c => c.Image("postgres:16"))
            .Container("app", c => c.Image("nginx:1.27").DependsOn("db", {|#0:ContainerCondition.Healthy|}))
            """),
            Diagnostic("ECS0052").WithLocation(0).WithLocation(1).WithArguments(
                "Container 'app' waits for container 'db' to be HEALTHY, but 'db' has no healthCheck, so it never becomes healthy; add a healthCheck to it or use START."));

    [Fact]
    public Task Ecs0052_is_silent_when_the_target_has_a_health_check() =>
        VerifyNoneAsync("ECS0052", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("db", c => c.Image("postgres:16").HealthCheck("CMD-SHELL", "pg_isready"))
            .Container("app", c => c.Image("nginx:1.27").DependsOn("db", ContainerCondition.Healthy))
            """));

    [Fact]
    public Task Ecs0053_fires_at_a_dependency_cycle() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("a", c => c.Image("nginx:1.27").DependsOn({|#0:"b"|}))
            .Container("b", c => c.Image("nginx:1.27").DependsOn({|#1:"a"|}))
            """),
            Diagnostic("ECS0053").WithLocation(0).WithLocation(1).WithArguments(
                "Containers depend on each other in a cycle 'a' -> 'b' -> 'a'; ECS cannot decide which to start first, so remove one of these dependsOn entries."));

    [Fact]
    public Task Ecs0053_is_silent_for_a_chain() =>
        VerifyNoneAsync("ECS0053", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("a", c => c.Image("nginx:1.27").DependsOn("b"))
            .Container("b", c => c.Image("nginx:1.27").DependsOn("c"))
            .Container("c", c => c.Image("nginx:1.27"))
            """));

    [Fact]
    public Task Ecs0054_fires_at_a_stop_timeout_above_120_seconds_on_fargate() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").StopTimeout({|#0:TimeSpan.FromMinutes(5)|}))
            """),
            Diagnostic("ECS0054").WithLocation(0).WithArguments(
                "Container 'app' sets stopTimeout to 300 seconds, but on Fargate it must be between 2 and 120 seconds; choose a value in that range."));

    [Fact]
    public Task Ecs0054_is_silent_on_ec2() =>
        VerifyNoneAsync("ECS0054", Task("""
            .Ec2().Memory(512)
            .Container("app", c => c.Image("nginx:1.27").StopTimeout(TimeSpan.FromMinutes(5)))
            """));

    [Fact]
    public Task Ecs0060_fires_at_the_interval_and_retries_out_of_bounds() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "true", {|#0:interval: TimeSpan.FromSeconds(1)|}, {|#1:retries: 20|}))
            """),
            Diagnostic("ECS0060").WithLocation(0).WithArguments(
                "The health check of container 'app' sets interval to 1, outside the 5 to 300 ECS accepts; choose a value in that range."),
            Diagnostic("ECS0060").WithLocation(1).WithArguments(
                "The health check of container 'app' sets retries to 20, outside the 1 to 10 ECS accepts; choose a value in that range."));

    [Fact]
    public Task Ecs0060_is_silent_within_bounds() =>
        VerifyNoneAsync("ECS0060", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").HealthCheck(["CMD", "/bin/check"], interval: TimeSpan.FromSeconds(5), retries: 10))
            """));

    [Fact]
    public Task Ecs0061_fires_at_a_timeout_equal_to_the_interval() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "true", {|#1:interval: TimeSpan.FromSeconds(10)|}, {|#0:timeout: TimeSpan.FromSeconds(10)|}))
            """),
            Diagnostic("ECS0061").WithLocation(0).WithLocation(1).WithArguments(
                "The health check of container 'app' has a timeout of 10 s and an interval of 10 s, so a slow check runs into the next one; make the timeout shorter than the interval."));

    [Fact]
    public Task Ecs0061_is_silent_for_a_shorter_timeout() =>
        VerifyNoneAsync("ECS0061", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "true", interval: TimeSpan.FromSeconds(10), timeout: TimeSpan.FromSeconds(5)))
            """));

    [Fact]
    public Task Ecs0062_fires_at_an_essential_container_without_health_check() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .{|#0:Container|}("app", c => c.Image("nginx:1.27"))
            """),
            Diagnostic("ECS0062").WithLocation(0).WithArguments(
                "Essential container 'app' has no healthCheck, so ECS counts it healthy as long as its process runs, even when it no longer serves; add a healthCheck that probes it."));

    [Fact]
    public Task Ecs0062_is_silent_for_a_non_essential_sidecar() =>
        VerifyNoneAsync("ECS0062", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").HealthCheck("CMD-SHELL", "curl -f http://localhost/ || exit 1"))
            .Container("log", c => c.Image("fluent-bit:3.0").Essential(false))
            """));

    [Fact]
    public Task Ecs0063_fires_at_a_restart_attempt_period_below_60_seconds() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").RestartPolicy({|#0:attemptPeriod: TimeSpan.FromSeconds(10)|}))
            """),
            Diagnostic("ECS0063").WithLocation(0).WithArguments(
                "The restart policy of container 'app' sets restartAttemptPeriod to 10 seconds, outside the 60 to 1800 ECS accepts; choose a value in that range."));

    [Fact]
    public Task Ecs0063_is_silent_for_a_period_in_range_and_a_few_exit_codes() =>
        VerifyNoneAsync("ECS0063", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").RestartPolicy(new[] { 0, 143 }, TimeSpan.FromSeconds(60)))
            """));
}
