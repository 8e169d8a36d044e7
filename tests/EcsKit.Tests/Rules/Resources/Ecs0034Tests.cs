using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class Ecs0034Tests
{
    [Fact]
    public void A_container_memory_above_the_task_memory_fires_once()
    {
        var findings = Task("1024", "2048", """{ "name": "app", "image": "nginx:1.27", "memory": 4096 }""");

        var finding = Assert.Single(findings);
        Assert.Equal(EcsSeverity.Error, finding.Severity);
        Assert.Equal("$.containerDefinitions[0].memory", finding.Path);
        Assert.Equal(["$.memory"], finding.AdditionalPaths);
        Assert.Equal(
            "Container 'app' has a hard memory limit of 4096 MiB, more than the task memory of 2048 MiB; lower the container's memory or raise the task memory.",
            finding.Message);
    }

    [Fact]
    public void Reservations_together_above_the_task_memory_fire_on_the_task_memory()
    {
        var finding = Assert.Single(Task("1024", "2 GB",
            """{ "name": "web", "image": "nginx:1.27", "memoryReservation": 1024 }""",
            """{ "name": "worker", "image": "nginx:1.27", "memory": 1536 }""",
            """{ "name": "sidecar", "image": "nginx:1.27" }"""));

        Assert.Equal("$.memory", finding.Path);
        Assert.Equal(["$.containerDefinitions[0].memoryReservation", "$.containerDefinitions[1].memory"], finding.AdditionalPaths);
        Assert.Equal(
            "Containers 'web' (1024) and 'worker' (1536) reserve 2560 MiB together, more than the task memory of 2048 MiB ('2 GB'); "
            + "lower their memoryReservation or memory, or raise the task memory.",
            finding.Message);
    }

    [Fact]
    public void A_reservation_counts_instead_of_the_hard_limit()
    {
        Assert.Empty(Task("1024", "2048",
            """{ "name": "web", "image": "nginx:1.27", "memory": 1500, "memoryReservation": 512 }""",
            """{ "name": "worker", "image": "nginx:1.27", "memory": 1500, "memoryReservation": 512 }"""));
    }

    [Fact]
    public void Exactly_the_task_budget_passes()
    {
        Assert.Empty(Task("1024", "2048",
            """{ "name": "web", "image": "nginx:1.27", "memory": 1024, "cpu": 512 }""",
            """{ "name": "worker", "image": "nginx:1.27", "memory": 1024, "cpu": 512 }"""));
    }

    [Fact]
    public void Container_cpu_together_above_the_task_cpu_fires_on_the_task_cpu()
    {
        var finding = Assert.Single(Task("1 vCPU", "4096",
            """{ "name": "web", "image": "nginx:1.27", "cpu": 512 }""",
            """{ "name": "worker", "image": "nginx:1.27", "cpu": 768 }"""));

        Assert.Equal("$.cpu", finding.Path);
        Assert.Equal(["$.containerDefinitions[0].cpu", "$.containerDefinitions[1].cpu"], finding.AdditionalPaths);
        Assert.StartsWith("Containers 'web' (512) and 'worker' (768) reserve 1280 CPU units together, more than the task cpu of 1024 CPU units ('1 vCPU')",
            finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_container_above_the_task_cpu_fires_on_its_cpu()
    {
        var finding = Assert.Single(Task("256", "512", """{ "name": "app", "image": "nginx:1.27", "cpu": 1024 }"""));

        Assert.Equal("$.containerDefinitions[0].cpu", finding.Path);
        Assert.Equal(["$.cpu"], finding.AdditionalPaths);
        Assert.Equal(
            "Container 'app' reserves 1024 CPU units, more than the task cpu of 256 CPU units; lower the container's cpu or raise the task cpu.",
            finding.Message);
    }

    [Fact]
    public void Without_task_sizes_there_is_no_budget()
    {
        Assert.Empty(ResourceFindings.OfTask("""
            { "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 99999, "cpu": 99999 }] }
            """, "ECS0034"));
    }

    [Fact]
    public void Totals_need_the_whole_container_list_and_known_values()
    {
        var incomplete = ResourceFindings.Task("1024", "2048", fargate: true,
            ResourceFindings.Container(0, "web", memoryReservation: 1536, cpu: 768),
            ResourceFindings.Container(1, "worker", memoryReservation: 1536, cpu: 768));
        incomplete.Containers.IsComplete = false;
        Assert.Empty(ResourceFindings.OfFacts(incomplete, "ECS0034"));

        var unknown = ResourceFindings.Task("1024", "2048", fargate: true,
            ResourceFindings.Container(0, "web", memoryReservation: 1536, cpu: 768),
            ResourceFindings.Container(1, "worker", memoryReservation: Fact<int>.Unknown, memory: 1536, cpu: Fact<int>.Unknown));
        Assert.Empty(ResourceFindings.OfFacts(unknown, "ECS0034"));

        var unknownTask = ResourceFindings.Task(Fact<string>.Unknown, Fact<string>.Unknown, fargate: true,
            ResourceFindings.Container(0, "web", memory: 99999, cpu: 99999));
        Assert.Empty(ResourceFindings.OfFacts(unknownTask, "ECS0034"));
    }

    [Fact]
    public void A_hard_limit_above_the_task_memory_fires_even_when_more_containers_may_exist()
    {
        var task = ResourceFindings.Task("1024", "2048", fargate: true, ResourceFindings.Container(0, "web", memory: 3072));
        task.Containers.IsComplete = false;

        var finding = Assert.Single(ResourceFindings.OfFacts(task, "ECS0034"));
        Assert.Equal("$.containerDefinitions[0].memory", finding.Path);
    }

    private static List<EcsDiagnostic> Task(string cpu, string memory, params string[] containers) =>
        ResourceFindings.OfTask($$"""
            { "family": "web", "requiresCompatibilities": ["EC2"], "cpu": "{{cpu}}", "memory": "{{memory}}",
              "containerDefinitions": [{{string.Join(", ", containers)}}] }
            """, "ECS0034");
}
