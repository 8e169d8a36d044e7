using static EcsKit.Analyzers.Tests.AnalyzerVerifier;
using static EcsKit.Analyzers.Tests.Rules.Sources;

namespace EcsKit.Analyzers.Tests.Rules;

/// <summary>Section B of the catalogue: one process per container, from fluent code.</summary>
public class ProcessRuleTests
{
    [Fact]
    public Task Ecs0020_fires_at_a_command_starting_two_servers() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").{|#0:Command|}("sh", "-c", "nginx -g 'daemon off;' & php-fpm -F"))
            """),
            Diagnostic("ECS0020").WithLocation(0).WithArguments(
                "Container 'app' starts 'nginx' and 'php-fpm' in one shell command; run each in its own container of the task (same image), they still reach each other on localhost in awsvpc mode."));

    [Fact]
    public Task Ecs0020_is_silent_for_setup_then_one_server() =>
        VerifyNoneAsync("ECS0020", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").Command("sh", "-c", "mkdir -p /x && exec nginx -g 'daemon off;'"))
            """));

    [Fact]
    public Task Ecs0021_fires_at_a_supervisor_command() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("shop/all-in-one:1.0").{|#0:Command|}("supervisord", "-n"))
            """),
            Diagnostic("ECS0021").WithLocation(0).WithArguments(
                "Container 'app' runs the process supervisor 'supervisord'; ECS only sees the supervisor, not the programs it restarts, so run each program in its own container of the task instead."));

    [Fact]
    public Task Ecs0021_is_silent_for_an_init_wrapper() =>
        VerifyNoneAsync("ECS0021", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("shop/web:1.0").Command("tini", "--", "gunicorn", "-w", "4", "app:app"))
            """));

    [Fact]
    public Task Ecs0022_fires_at_a_shell_command_without_exec() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").EntryPoint("sh", "-c").{|#0:Command|}("./migrate && nginx -g 'daemon off;'"))
            """),
            Diagnostic("ECS0022").WithLocation(0).WithArguments(
                "Container 'app' runs 'nginx' from 'sh -c' without exec; the shell can stay PID 1 and not pass SIGTERM on, so the container is killed after the stop timeout: prefix the command with 'exec' or set linuxParameters.initProcessEnabled to true."));

    [Fact]
    public Task Ecs0022_is_silent_with_an_init_process() =>
        VerifyNoneAsync("ECS0022", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").EntryPoint("sh", "-c").Command("./migrate && nginx -g 'daemon off;'").InitProcessEnabled())
            """));

    [Fact]
    public Task Ecs0023_fires_at_a_keep_alive_command() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("shop/worker:1.0").{|#0:Command|}("sh", "-c", "./worker & tail -f /dev/null"))
            """),
            Diagnostic("ECS0023").WithLocation(0).WithArguments(
                "Container 'app' keeps itself alive with 'tail -f /dev/null' while './worker' runs in the background; ECS then cannot see that process stop: run it in the foreground with exec instead."));

    [Fact]
    public Task Ecs0023_is_silent_for_a_foreground_worker() =>
        VerifyNoneAsync("ECS0023", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("shop/worker:1.0").Command("sh", "-c", "exec ./worker"))
            """));
}
