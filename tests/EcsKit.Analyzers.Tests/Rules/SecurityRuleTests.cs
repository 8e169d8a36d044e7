using static EcsKit.Analyzers.Tests.AnalyzerVerifier;
using static EcsKit.Analyzers.Tests.Rules.Sources;

namespace EcsKit.Analyzers.Tests.Rules;

/// <summary>
/// Section G of the catalogue: secrets, environment and security, from fluent code.
/// ECS0081 (an environment variable set twice) cannot be written fluently: Environment with a name already set
/// replaces its value, as it does at run time; the test shows that the analyzer follows that.
/// Duplicate secret names (part of ECS0080) cannot either, for the same reason.
/// </summary>
public class SecurityRuleTests
{
    [Fact]
    public Task Ecs0080_fires_at_a_secret_named_like_an_environment_variable() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512).ExecutionRole("arn:aws:iam::123456789012:role/exec")
            .Container("app", c => c.Image("nginx:1.27").Environment({|#1:"DB_HOST"|}, "db").Secret({|#0:"DB_HOST"|}, "arn:aws:ssm:eu-west-1:123456789012:parameter/h"))
            """),
            Diagnostic("ECS0080").WithLocation(0).WithLocation(1).WithArguments(
                "Container 'app' defines 'DB_HOST' both as a secret and as an environment variable; ECS rejects the task definition, so keep only the secret."));

    [Fact]
    public Task Ecs0080_is_silent_for_a_secret_set_twice_which_the_builder_replaces() =>
        VerifyNoneAsync("ECS0080", Task("""
            .Fargate(cpu: 256, memoryMiB: 512).ExecutionRole("arn:aws:iam::123456789012:role/exec")
            .Container("app", c => c.Image("nginx:1.27").Secret("DB", "arn:aws:ssm:eu-west-1:123456789012:parameter/a").SsmParameter("DB", "b"))
            """));

    [Fact]
    public Task Ecs0081_is_silent_for_an_environment_variable_set_twice_which_the_builder_replaces() =>
        VerifyNoneAsync("ECS0081", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").Environment("MODE", "a").Environment("MODE", "b"))
            """));

    [Fact]
    public Task Ecs0082_fires_at_the_literal_value_of_a_password_variable() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").Environment("DB_PASSWORD", {|#0:"hunter2"|}))
            """),
            Diagnostic("ECS0082").WithLocation(0).WithArguments(
                "Environment variable 'DB_PASSWORD' of container 'app' has a name that suggests a secret and a literal value; environment values are stored in plain text in the task definition, so pass it through secrets (Secrets Manager or SSM Parameter Store)."));

    [Fact]
    public Task Ecs0082_is_silent_for_a_password_passed_as_a_secret() =>
        VerifyNoneAsync("ECS0082", Task("""
            .Fargate(cpu: 256, memoryMiB: 512).ExecutionRole("arn:aws:iam::123456789012:role/exec")
            .Container("app", c => c.Image("nginx:1.27").SecretsManagerSecret("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db", jsonKey: "password"))
            """));

    [Fact]
    public Task Ecs0084_fires_at_an_environment_file_not_ending_in_env() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").EnvironmentFile({|#0:"arn:aws:s3:::bucket/app.txt"|}))
            """),
            Diagnostic("ECS0084").WithLocation(0).WithArguments(
                "Environment file 'arn:aws:s3:::bucket/app.txt' of container 'app' does not end in .env, which ECS requires of the S3 object; rename the object."));

    [Fact]
    public Task Ecs0084_is_silent_for_an_env_file() =>
        VerifyNoneAsync("ECS0084", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").EnvironmentFile("arn:aws:s3:::bucket/app.env"))
            """));

    [Fact]
    public Task Ecs0085_fires_at_a_secret_without_an_execution_role() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").{|#0:Secret|}("DB", "arn:aws:ssm:eu-west-1:123456789012:parameter/h"))
            """),
            Diagnostic("ECS0085").WithLocation(0).WithArguments(
                "Task definition 'web' has no executionRoleArn, but ECS needs one to fetch the secrets of container 'app' (secrets); add an execution role that may read them."));

    [Fact]
    public Task Ecs0085_is_silent_with_an_execution_role() =>
        VerifyNoneAsync("ECS0085", Task("""
            .Fargate(cpu: 256, memoryMiB: 512).ExecutionRole("arn:aws:iam::123456789012:role/exec")
            .Container("app", c => c.Image("nginx:1.27").Secret("DB", "arn:aws:ssm:eu-west-1:123456789012:parameter/h"))
            """));

    [Fact]
    public Task Ecs0086_fires_at_host_pid_mode_and_a_privileged_container() =>
        VerifyAsync(Task("""
            .Ec2().Memory(512).{|#0:PidMode|}(PidMode.Host)
            .Container("app", c => c.Image("nginx:1.27").ReadonlyRootFilesystem().{|#1:Privileged|}())
            """),
            Diagnostic("ECS0086").WithLocation(0).WithArguments(
                "Task definition 'web' shares the host's process namespace (pidMode host), so its containers see and can signal every process on the instance; use pidMode task or leave it unset."),
            Diagnostic("ECS0086").WithLocation(1).WithArguments(
                "Container 'app' is privileged, so it has root access to the host's devices and kernel; remove privileged and add only the capabilities it needs."));

    [Fact]
    public Task Ecs0086_is_silent_for_a_read_only_unprivileged_container() =>
        VerifyNoneAsync("ECS0086", Task("""
            .Ec2().Memory(512).PidMode(PidMode.Task)
            .Container("app", c => c.Image("nginx:1.27").ReadonlyRootFilesystem().Privileged(false).User("1000"))
            """));
}
