using static EcsKit.Analyzers.Tests.CodeFixes.CodeFixVerifier<EcsKit.Analyzers.CodeFixes.MoveToSecretCodeFix>;

namespace EcsKit.Analyzers.Tests.CodeFixes;

public class MoveToSecretCodeFixTests
{
    [Fact]
    public Task A_literal_password_becomes_a_secret_with_a_placeholder_arn() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c.Image("nginx:1.27").Environment("DB_PASSWORD", {|#0:"hunter2-prod"|})));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c.Image("nginx:1.27").Secret("DB_PASSWORD", "arn:aws:secretsmanager:REGION:ACCOUNT:secret:DB_PASSWORD")));
            """,
            [Diagnostic("ECS0082", 0)]);

    [Fact]
    public Task Fix_all_moves_both_variables_and_keeps_named_arguments() =>
        VerifyCodeFixAsync("""
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c
                    .Image("nginx:1.27")
                    .Environment("DB_PASSWORD", {|#0:"hunter2-prod"|})
                    .Environment("LOG_LEVEL", "debug")
                    .Environment(name: "API_TOKEN", {|#1:value: "tok-5f2a9c"|})));
            """,
            """
            using EcsKit;

            var app = new EcsApp("shop");
            app.TaskDefinition("web", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .Container("web", c => c
                    .Image("nginx:1.27")
                    .Secret("DB_PASSWORD", "arn:aws:secretsmanager:REGION:ACCOUNT:secret:DB_PASSWORD")
                    .Environment("LOG_LEVEL", "debug")
                    .Secret(name: "API_TOKEN", valueFrom: "arn:aws:secretsmanager:REGION:ACCOUNT:secret:API_TOKEN")));
            """,
            [Diagnostic("ECS0082", 0), Diagnostic("ECS0082", 1)]);
}
