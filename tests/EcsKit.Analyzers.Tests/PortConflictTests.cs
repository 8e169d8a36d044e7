using static EcsKit.Analyzers.Tests.AnalyzerVerifier;

namespace EcsKit.Analyzers.Tests;

public class PortConflictTests
{
    [Fact]
    public Task The_second_port_80_in_an_awsvpc_task_is_reported_at_its_call_with_the_first_as_additional_location() =>
        VerifyAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("a", c => c.Image("nginx:1.27").Port({|#1:80|}).ReadonlyRootFilesystem().HealthCheck("CMD-SHELL", "true"))
                .Container("b", c => c.Image("httpd:2.4").Port({|#0:80|}).ReadonlyRootFilesystem().HealthCheck("CMD-SHELL", "true")));
            """,
            Diagnostic("ECS0004").WithLocation(0).WithLocation(1).WithArguments(
                "Containers 'a' and 'b' both use port 80/tcp in awsvpc mode (Fargate), where the task's containers share one network namespace; give one of them another port."));

    [Fact]
    public async Task A_port_that_is_not_a_constant_is_never_guessed()
    {
        var diagnostics = await DiagnosticsAsync("""
            using EcsKit;

            var port = int.Parse(System.Environment.GetEnvironmentVariable("PORT") ?? "80");
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("a", c => c.Image("nginx:1.27").Port(80))
                .Container("b", c => c.Image("httpd:2.4").Port(port)));
            """);

        Assert.DoesNotContain(diagnostics, d => d.Id == "ECS0004");
    }
}
