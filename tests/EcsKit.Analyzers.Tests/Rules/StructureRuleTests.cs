using static EcsKit.Analyzers.Tests.AnalyzerVerifier;
using static EcsKit.Analyzers.Tests.Rules.Sources;

namespace EcsKit.Analyzers.Tests.Rules;

/// <summary>
/// Section D of the catalogue: structure, names and limits, from fluent code.
/// Duplicate container names (part of ECS0042) cannot be written fluently: Container with a name already declared
/// changes that container instead of adding one. Invalid names, which EcsKit rejects only when the program runs,
/// show while typing.
/// </summary>
public class StructureRuleTests
{
    [Fact]
    public Task Ecs0040_fires_at_the_essential_false_of_the_only_container() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27").{|#0:Essential|}(false))
            """),
            Diagnostic("ECS0040").WithLocation(0).WithArguments(
                "No container of the task is essential (its only container 'app' sets essential to false); ECS needs at least one essential container, so mark the main one essential."));

    [Fact]
    public Task Ecs0040_is_silent_when_one_container_stays_essential() =>
        VerifyNoneAsync("ECS0040", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:1.27"))
            .Container("init", c => c.Image("busybox:1.36").Essential(false))
            """));

    [Fact]
    public Task Ecs0041_fires_at_the_task_definition_with_11_containers() =>
        VerifyAsync(Program($$"""
            app.{|#0:TaskDefinition|}("web", td => td.Fargate(cpu: 4096, memoryMiB: 8192){{Containers(10)}}.{|#1:Container|}("c11", c => c.Image("nginx:1.27")));
            """),
            Diagnostic("ECS0041").WithLocation(0).WithLocation(1).WithArguments(
                "The task definition has 11 containers; ECS allows at most 10 per task definition, so move some into another task definition."));

    [Fact]
    public Task Ecs0041_is_silent_at_10_containers() =>
        VerifyNoneAsync("ECS0041", Task($$"""
            .Fargate(cpu: 4096, memoryMiB: 8192){{Containers(10)}}
            """));

    [Fact]
    public Task Ecs0042_fires_at_an_invalid_family_and_port_name() =>
        VerifyAsync(Program("""
            app.TaskDefinition({|#0:"web app"|}, td => td.Fargate(cpu: 256, memoryMiB: 512)
                .Container("app", c => c.Image("nginx:1.27").Port(80, {|#1:name: "HTTP"|})));
            """),
            Diagnostic("ECS0042").WithLocation(0).WithArguments(
                "Family 'web app' has characters other than ASCII letters, digits, hyphens and underscores; ECS takes 1 to 255 letters, digits, hyphens and underscores, so rename it."),
            Diagnostic("ECS0042").WithLocation(1).WithArguments(
                "Port mapping name 'HTTP' of container 'app' has characters other than lowercase letters, digits, hyphens and underscores; ECS takes up to 64 lowercase letters, digits, hyphens and underscores, not starting with a hyphen."));

    [Fact]
    public Task Ecs0042_is_silent_for_valid_names() =>
        VerifyNoneAsync("ECS0042", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app_1", c => c.Image("nginx:1.27").Port(80, name: "http-80"))
            """));

    [Fact]
    public Task Ecs0043_fires_at_an_image_with_a_short_digest() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.{|#0:Image|}("nginx@sha256:abc"))
            """),
            Diagnostic("ECS0043").WithLocation(0).WithArguments(
                "Container 'app' pins image digest 'sha256:abc', which is not 'sha256:' followed by 64 hexadecimal characters; ECS takes only sha256 digests, so copy the full digest from the registry."));

    [Fact]
    public Task Ecs0043_is_silent_for_a_full_digest() =>
        VerifyNoneAsync("ECS0043", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"))
            """));

    [Fact]
    public Task Ecs0044_fires_at_latest_and_at_a_missing_tag() =>
        VerifyAsync(Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.{|#0:Image|}("nginx:latest"))
            .Container("b", c => c.{|#1:Image|}("nginx"))
            """),
            Diagnostic("ECS0044").WithLocation(0).WithArguments(
                "Container 'app' image 'nginx:latest' uses the tag 'latest', which moves with each push; pin a version tag or a digest (name@sha256:...) so every task runs the same image."),
            Diagnostic("ECS0044").WithLocation(1).WithArguments(
                "Container 'b' image 'nginx' has no tag, so Docker pulls 'latest', which moves with each push; pin a version tag or a digest (name@sha256:...) so every task runs the same image."));

    [Fact]
    public Task Ecs0044_is_silent_for_a_version_tag_on_a_registry_with_a_port() =>
        VerifyNoneAsync("ECS0044", Task("""
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("registry.local:5000/shop/web:1.4.2"))
            """));

    private static string Containers(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $".Container(\"c{i}\", c => c.Image(\"nginx:1.27\"))"));
}
