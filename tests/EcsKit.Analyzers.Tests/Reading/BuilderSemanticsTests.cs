using static EcsKit.Analyzers.Tests.AnalyzerVerifier;

namespace EcsKit.Analyzers.Tests.Reading;

/// <summary>
/// The readers apply builder calls the way the builders do (later calls replace, defaults are the parameter's
/// default), and give up on a definition rather than misread it when the builder's calls cannot be followed.
/// </summary>
public class BuilderSemanticsTests
{
    [Fact]
    public Task A_call_on_the_outer_builder_inside_a_nested_lambda_makes_the_definition_opaque() =>
        VerifyNoneAsync("ECS0030", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 4096)
                .Container("app", c => { c.Image("nginx:1.27"); td.Cpu(1024); }));
            """);

    [Fact]
    public Task A_container_with_an_unknown_name_may_change_another_so_the_definition_is_opaque() =>
        VerifyNoneAsync("ECS0004", """
            using EcsKit;

            var name = args[0];
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("app", c => c.Image("nginx:1.27").Port(80))
                .Container(name, c => c.Image("httpd:2.4").Port(80)));
            """);

    [Fact]
    public Task A_volume_declared_again_replaces_the_first() =>
        VerifyNoneAsync("ECS0072", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .DockerVolume("data")
                .HostVolume("data")
                .Container("app", c => c.Image("nginx:1.27").Mount("data", "/data")));
            """);

    [Fact]
    public Task A_volume_object_after_other_volumes_makes_the_definition_opaque() =>
        VerifyNoneAsync("ECS0072", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .DockerVolume("data")
                .Volume(new Volume { Name = "data" })
                .Container("app", c => c.Image("nginx:1.27")));
            """);

    [Fact]
    public Task A_docker_volume_on_fargate_is_read() =>
        VerifyAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .{|#0:DockerVolume|}("data")
                .Container("app", c => c.Image("nginx:1.27")));
            """,
            Diagnostic("ECS0072").WithLocation(0).WithArguments(
                "Volume 'data' uses dockerVolumeConfiguration, which Fargate does not support; use an EFS volume or a bind mount, or run the task on EC2."));

    [Fact]
    public Task A_later_call_replaces_an_earlier_one() =>
        VerifyNoneAsync("ECS0030", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td =>
            {
                td.Fargate(cpu: 256, memoryMiB: 4096);
                td.Fargate(cpu: 1024, memoryMiB: 4096);
                td.Container("app", c => c.Image("nginx:1.27"));
            });
            """);

    [Fact]
    public Task The_default_condition_of_depends_on_is_start() =>
        VerifyNoneAsync("ECS0051", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("init", c => c.Image("busybox:1.36"))
                .Container("app", c => c.Image("nginx:1.27").DependsOn("init")));
            """);

    [Fact]
    public Task Ignored_exit_codes_written_out_are_counted() =>
        VerifyAsync($$"""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("app", c => c.Image("nginx:1.27").{|#0:RestartPolicy|}(new[] { {{string.Join(", ", Enumerable.Range(1, 51))}} })));
            """,
            Diagnostic("ECS0063").WithLocation(0).WithArguments(
                "The restart policy of container 'app' ignores 51 exit codes, more than the 50 ECS accepts; list fewer."));

    [Fact]
    public Task A_service_on_the_fargate_capacity_provider_is_exempt_from_host_port_conflicts() =>
        VerifyNoneAsync("ECS0010", """
            using EcsKit;

            var app = new EcsApp("shop");
            var a = app.TaskDefinition("a", td => td.Ec2().Memory(512).Container("app", c => c.Image("nginx:1.27").Port(80, hostPort: 8080)));
            app.Cluster("c").Service("one", s => s.TaskDefinition(a).CapacityProvider("FARGATE", weight: 1).CapacityProvider("FARGATE", weight: 2).DesiredCount(2));
            """);
}
