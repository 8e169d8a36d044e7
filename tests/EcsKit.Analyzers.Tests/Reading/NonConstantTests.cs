using static EcsKit.Analyzers.Tests.AnalyzerVerifier;

namespace EcsKit.Analyzers.Tests.Reading;

/// <summary>
/// Values the analyzer cannot know at compile time are never guessed: each case below would be reported were its
/// value a constant. Constants, however they are written, are read.
/// </summary>
public class NonConstantTests
{
    [Fact]
    public Task A_port_from_a_variable_is_not_guessed() =>
        VerifyNoneAsync("ECS0004", """
            using EcsKit;

            var port = int.Parse(args[0]);
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("a", c => c.Image("nginx:1.27").Port(80))
                .Container("b", c => c.Image("httpd:2.4").Port(port)));
            """);

    [Fact]
    public Task A_port_from_a_method_call_is_not_guessed() =>
        VerifyNoneAsync("ECS0004", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("a", c => c.Image("nginx:1.27").Port(80))
                .Container("b", c => c.Image("httpd:2.4").Port(Ports.Of("b"))));

            static class Ports
            {
                public static int Of(string name) => name.Length * 40;
            }
            """);

    [Fact]
    public Task An_image_from_a_variable_is_not_guessed() =>
        VerifyNoneAsync("ECS0044", """
            using EcsKit;

            var image = args[0];
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image(image)));
            """);

    [Fact]
    public Task A_family_from_a_variable_is_not_guessed() =>
        VerifyNoneAsync("ECS0042", """
            using EcsKit;

            var family = args[0];
            var app = new EcsApp("shop");
            app.TaskDefinition(family, td => td.Fargate(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("nginx:1.27")));
            """);

    [Fact]
    public Task A_command_from_a_string_array_variable_is_not_guessed() =>
        VerifyNoneAsync("ECS0020", """
            using EcsKit;

            string[] command = args.Length > 0 ? args : ["sh", "-c", "nginx -g 'daemon off;' & php-fpm -F"];
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("app", c => c.Image("nginx:1.27").Command(command)));
            """);

    [Fact]
    public Task A_call_inside_an_if_makes_the_definition_opaque() =>
        VerifyNoneAsync("ECS0030", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td =>
            {
                td.Fargate(cpu: 256, memoryMiB: 4096);
                if (args.Length > 0)
                {
                    td.Fargate(cpu: 1024, memoryMiB: 4096);
                }
                td.Container("app", c => c.Image("nginx:1.27"));
            });
            """);

    [Fact]
    public Task A_call_inside_a_loop_makes_the_definition_opaque() =>
        VerifyNoneAsync("ECS0041", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td =>
            {
                td.Fargate(cpu: 4096, memoryMiB: 8192);
                for (var i = 0; i < args.Length; i++)
                {
                    td.Container("c" + i, c => c.Image("nginx:1.27"));
                }
                td.Container("a", c => c.Image("nginx:1.27")).Container("b", c => c.Image("nginx:1.27")).Container("c", c => c.Image("nginx:1.27"))
                  .Container("d", c => c.Image("nginx:1.27")).Container("e", c => c.Image("nginx:1.27")).Container("f", c => c.Image("nginx:1.27"))
                  .Container("g", c => c.Image("nginx:1.27")).Container("h", c => c.Image("nginx:1.27")).Container("i", c => c.Image("nginx:1.27"))
                  .Container("j", c => c.Image("nginx:1.27")).Container("k", c => c.Image("nginx:1.27"));
            });
            """);

    [Fact]
    public Task A_builder_passed_to_a_helper_makes_the_definition_opaque() =>
        VerifyNoneAsync("ECS0030", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td =>
            {
                td.Fargate(cpu: 256, memoryMiB: 4096).Container("app", c => c.Image("nginx:1.27"));
                Size(td);
            });

            static void Size(TaskDefinitionBuilder td) => td.Cpu(1024);
            """);

    [Fact]
    public Task A_builder_kept_in_a_variable_makes_the_definition_opaque() =>
        VerifyNoneAsync("ECS0030", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td =>
            {
                var sized = td.Fargate(cpu: 256, memoryMiB: 4096);
                sized.Cpu(1024);
                td.Container("app", c => c.Image("nginx:1.27"));
            });
            """);

    [Fact]
    public Task A_with_expression_makes_the_definition_opaque() =>
        VerifyNoneAsync("ECS0044", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("app", c => c.Image("nginx:latest").With(x => x with { Image = "nginx:1.27" })));
            """);

    [Fact]
    public Task An_environment_value_from_configuration_is_not_guessed() =>
        VerifyNoneAsync("ECS0082", """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("app", c => c.Image("nginx:1.27").Environment("DB_PASSWORD", System.Environment.GetEnvironmentVariable("DB_PASSWORD_REF") ?? "")));
            """);

    [Fact]
    public Task A_time_span_from_a_variable_is_not_guessed() =>
        VerifyNoneAsync("ECS0054", """
            using System;
            using EcsKit;

            var stop = TimeSpan.FromSeconds(int.Parse(args[0]));
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("app", c => c.Image("nginx:1.27").StopTimeout(stop)));
            """);

    [Fact]
    public Task An_interpolated_string_with_a_non_constant_part_is_not_guessed() =>
        VerifyNoneAsync("ECS0044", """
            using EcsKit;

            var tag = args[0];
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("app", c => c.Image($"nginx:{tag}")));
            """);

    [Fact]
    public Task A_const_port_is_read() =>
        VerifyAsync("""
            using EcsKit;

            const int Port = 80;
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("a", c => c.Image("nginx:1.27").Port({|#1:Port|}))
                .Container("b", c => c.Image("httpd:2.4").Port({|#0:Port|})));
            """,
            Diagnostic("ECS0004").WithLocation(0).WithLocation(1).WithArguments(
                "Containers 'a' and 'b' both use port 80/tcp in awsvpc mode (Fargate), where the task's containers share one network namespace; give one of them another port."));

    [Fact]
    public Task Constant_concatenation_and_interpolation_of_constants_are_read() =>
        VerifyAsync("""
            using EcsKit;

            const string Tag = "latest";
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("a", c => c.{|#0:Image|}("nginx" + ":" + "latest"))
                .Container("b", c => c.{|#1:Image|}($"httpd:{Tag}")));
            """,
            Diagnostic("ECS0044").WithLocation(0).WithArguments(
                "Container 'a' image 'nginx:latest' uses the tag 'latest', which moves with each push; pin a version tag or a digest (name@sha256:...) so every task runs the same image."),
            Diagnostic("ECS0044").WithLocation(1).WithArguments(
                "Container 'b' image 'httpd:latest' uses the tag 'latest', which moves with each push; pin a version tag or a digest (name@sha256:...) so every task runs the same image."));

    [Fact]
    public Task Enum_members_are_read_also_through_a_constant() =>
        VerifyAsync("""
            using EcsKit;

            const NetworkMode Mode = NetworkMode.None;
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Ec2(Mode).Memory(512)
                .Container("app", c => c.Image("nginx:1.27").{|#0:Port|}(80, protocol: TransportProtocol.Udp)));
            """,
            Diagnostic("ECS0003").WithLocation(0).WithArguments(
                "Container 'app' has a port mapping for container port 80, but with networkMode none the task's containers have no external network to publish it on; remove the mapping or use another network mode."));

    [Fact]
    public Task A_time_span_from_constant_seconds_is_read() =>
        VerifyAsync("""
            using System;
            using EcsKit;

            const int Grace = 300;
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("app", c => c.Image("nginx:1.27").StopTimeout({|#0:TimeSpan.FromSeconds(Grace)|})));
            """,
            Diagnostic("ECS0054").WithLocation(0).WithArguments(
                "Container 'app' sets stopTimeout to 300 seconds, but on Fargate it must be between 2 and 120 seconds; choose a value in that range."));

    [Fact]
    public Task A_task_definition_is_followed_through_a_local_into_a_service() =>
        VerifyAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            var web = app.TaskDefinition("web", td => td.{|#1:Fargate|}(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("nginx:1.27")));
            app.Cluster("main").{|#0:Service|}("web", s => s.TaskDefinition(web).DesiredCount(2));
            """,
            Diagnostic("ECS0075").WithLocation(0).WithLocation(1).WithArguments(
                "Service 'web' has no networkConfiguration, but task definition 'web' uses awsvpc, where ECS needs the subnets (and security groups) for each task; add an awsvpcConfiguration."));

    [Fact]
    public Task A_task_definition_is_followed_through_a_field_into_a_service() =>
        VerifyAsync("""
            using EcsKit;

            _ = new Shop(new EcsApp("shop"));

            sealed class Shop
            {
                private readonly TaskDefinition _web;

                public Shop(EcsApp app)
                {
                    _web = app.TaskDefinition("web", td => td.{|#1:Fargate|}(cpu: 256, memoryMiB: 512).Container("app", c => c.Image("nginx:1.27")));
                    app.Cluster("main").{|#0:Service|}("web", s => s.TaskDefinition(_web));
                }
            }
            """,
            Diagnostic("ECS0075").WithLocation(0).WithLocation(1).WithArguments(
                "Service 'web' has no networkConfiguration, but task definition 'web' uses awsvpc, where ECS needs the subnets (and security groups) for each task; add an awsvpcConfiguration."));

    [Fact]
    public Task A_template_is_applied_before_the_definition_that_copies_it() =>
        VerifyAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            var web = app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("app", c => c.Image("nginx:1.27").Port({|#1:80|})));
            app.TaskDefinition("canary", web, td => td
                .Container("app", c => c.{|#2:Image|}("nginx:latest"))
                .Container("proxy", c => c.Image("envoyproxy/envoy:v1.30.1").Port({|#0:80|})));
            """,
            Diagnostic("ECS0004").WithLocation(0).WithLocation(1).WithArguments(
                "Containers 'app' and 'proxy' both use port 80/tcp in awsvpc mode (Fargate), where the task's containers share one network namespace; give one of them another port."),
            Diagnostic("ECS0044").WithLocation(2).WithArguments(
                "Container 'app' image 'nginx:latest' uses the tag 'latest', which moves with each push; pin a version tag or a digest (name@sha256:...) so every task runs the same image."));
}
