using EcsKit.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using static EcsKit.Analyzers.Tests.CodeFixes.CodeFixVerifier<EcsKit.Analyzers.CodeFixes.ShellIsPid1CodeFix>;

namespace EcsKit.Analyzers.Tests.CodeFixes;

public class ShellIsPid1CodeFixTests
{
    [Fact]
    public Task The_last_command_of_the_script_gets_exec() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("api", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("api", c => c.Image("node:22").{|#0:Command|}("sh", "-c", "npm run migrate && NODE_ENV=production node server.js").Port(3000)));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("api", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("api", c => c.Image("node:22").Command("sh", "-c", "npm run migrate && NODE_ENV=production exec node server.js").Port(3000)));
            """,
            [Diagnostic("ECS0022", 0, DiagnosticSeverity.Info)],
            ShellIsPid1CodeFix.ExecKey);

    [Fact]
    public Task The_init_process_is_enabled_on_a_line_of_its_own() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("api", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("api", c => c
                    .Image("node:22")
                    .{|#0:Command|}("sh", "-c", "npm run migrate && node server.js")
                    .Port(3000)));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("api", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("api", c => c
                    .Image("node:22")
                    .Command("sh", "-c", "npm run migrate && node server.js")
                    .Port(3000)
                    .InitProcessEnabled()));
            """,
            [Diagnostic("ECS0022", 0, DiagnosticSeverity.Info)],
            ShellIsPid1CodeFix.InitProcessKey);

    [Fact]
    public Task Fix_all_adds_exec_in_both_containers() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("api", td => td
                .Fargate(cpu: 512, memoryMiB: 1024)
                .Container("api", c => c.Image("node:22").{|#0:Command|}("sh", "-c", "npm run migrate && node server.js").Port(3000))
                .Container("worker", c => c.Image("python:3.13").{|#1:Command|}("bash", "-c", "python manage.py migrate; gunicorn app:app")));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("api", td => td
                .Fargate(cpu: 512, memoryMiB: 1024)
                .Container("api", c => c.Image("node:22").Command("sh", "-c", "npm run migrate && exec node server.js").Port(3000))
                .Container("worker", c => c.Image("python:3.13").Command("bash", "-c", "python manage.py migrate; exec gunicorn app:app")));
            """,
            [Diagnostic("ECS0022", 0, DiagnosticSeverity.Info), Diagnostic("ECS0022", 1, DiagnosticSeverity.Info)],
            ShellIsPid1CodeFix.ExecKey);
}
