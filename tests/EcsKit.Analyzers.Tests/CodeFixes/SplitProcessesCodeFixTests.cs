using static EcsKit.Analyzers.Tests.CodeFixes.CodeFixVerifier<EcsKit.Analyzers.CodeFixes.SplitProcessesCodeFix>;

namespace EcsKit.Analyzers.Tests.CodeFixes;

public class SplitProcessesCodeFixTests
{
    [Fact]
    public Task Two_servers_become_two_containers_with_the_same_image() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c.Image("php:8-fpm").{|#0:Command|}("sh", "-c", "nginx -g 'daemon off;' && php-fpm").Port(80)));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c.Image("php:8-fpm").Command("nginx", "-g", "daemon off;").Port(80))
                .Container("web-php-fpm", c => c.Image("php:8-fpm").Command("php-fpm")));
            """,
            [Diagnostic("ECS0020", 0)]);

    [Fact]
    public Task A_chain_written_on_one_line_stays_on_one_line() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("web", c => c.Image("php:8-fpm").{|#0:Command|}("sh", "-c", "nginx -g 'daemon off;' && php-fpm").Port(80)));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512).Container("web", c => c.Image("php:8-fpm").Command("nginx", "-g", "daemon off;").Port(80)).Container("web-php-fpm", c => c.Image("php:8-fpm").Command("php-fpm")));
            """,
            [Diagnostic("ECS0020", 0)]);

    [Fact]
    public Task Setup_commands_stay_with_the_first_process_and_each_new_container_gets_a_line() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("app", td => td
                .Fargate(cpu: 512, memoryMiB: 1024)
                .Container("app", c => c
                    .Image("myorg/app:1.4")
                    .{|#0:Command|}("sh", "-c", "mkdir -p /run/php && php-fpm -F & nginx -g 'daemon off;' & celery -A tasks worker & wait")
                    .Environment("APP_ENV", "production")
                    .Port(80))
                .Container("log-router", c => c.Image("amazon/aws-for-fluent-bit:2.32.2").Essential(false)));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("app", td => td
                .Fargate(cpu: 512, memoryMiB: 1024)
                .Container("app", c => c
                    .Image("myorg/app:1.4")
                    .Command("sh", "-c", "mkdir -p /run/php && exec php-fpm -F")
                    .Environment("APP_ENV", "production")
                    .Port(80))
                .Container("app-nginx", c => c.Image("myorg/app:1.4").Command("nginx", "-g", "daemon off;"))
                .Container("app-celery", c => c.Image("myorg/app:1.4").Command("celery", "-A", "tasks", "worker"))
                .Container("log-router", c => c.Image("amazon/aws-for-fluent-bit:2.32.2").Essential(false)));
            """,
            [Diagnostic("ECS0020", 0)]);

    [Fact]
    public Task Fix_all_splits_two_containers_of_one_task() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 512, memoryMiB: 1024)
                .Container("web", c => c.Image("php:8-fpm").{|#0:Command|}("sh", "-c", "nginx -g 'daemon off;' & php-fpm").Port(80))
                .Container("jobs", c => c.Image("python:3.13").{|#1:Command|}("sh", "-c", "celery -A tasks worker & celery -A tasks beat")));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 512, memoryMiB: 1024)
                .Container("web", c => c.Image("php:8-fpm").Command("nginx", "-g", "daemon off;").Port(80))
                .Container("web-php-fpm", c => c.Image("php:8-fpm").Command("php-fpm"))
                .Container("jobs", c => c.Image("python:3.13").Command("celery", "-A", "tasks", "worker"))
                .Container("jobs-celery", c => c.Image("python:3.13").Command("celery", "-A", "tasks", "beat")));
            """,
            [Diagnostic("ECS0020", 0), Diagnostic("ECS0020", 1)]);

    [Fact]
    public Task No_split_when_a_process_detaches_as_a_daemon() =>
        VerifyNoFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c.Image("php:8-fpm").{|#0:Command|}("sh", "-c", "php-fpm -D && nginx -g 'daemon off;'").Port(80)));
            """,
            Diagnostic("ECS0020", 0));

    [Fact]
    public Task No_split_when_the_container_is_not_a_plain_chain() =>
        VerifyNoFixAsync("""
            using EcsKit;

            var image = System.Environment.GetEnvironmentVariable("IMAGE") ?? "php:8-fpm";
            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c.Image(image).{|#0:Command|}("sh", "-c", "nginx -g 'daemon off;' & php-fpm").Port(80)));
            """,
            Diagnostic("ECS0020", 0));
}
