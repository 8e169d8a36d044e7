using EcsKit.Rules;
using static EcsKit.Tests.Rules.EfgFindings;

namespace EcsKit.Tests.Rules;

public class DependsOnRuleTests
{
    // ECS0050

    [Fact]
    public void Ecs0050_fires_on_a_dependency_on_a_missing_container()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("app", c => c.Image("nginx:1.27").DependsOn("migrate", ContainerCondition.Success)));

        var d = Assert.Single(Of("ECS0050", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].dependsOn[0].containerName", d.Path);
        Assert.Contains("'app'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'migrate'", d.Message, StringComparison.Ordinal);
        Assert.Contains("does not define", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0050_is_silent_when_the_target_exists()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("migrate", c => c.Image("tool:1").Essential(false))
            .Container("app", c => c.Image("nginx:1.27").DependsOn("migrate", ContainerCondition.Success)));

        Assert.Empty(Of("ECS0050", td));
    }

    [Fact]
    public void Ecs0050_is_case_sensitive_like_ecs()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("Migrate", c => c.Image("tool:1").Essential(false))
            .Container("app", c => c.Image("nginx:1.27").DependsOn("migrate", ContainerCondition.Success)));

        Assert.Single(Of("ECS0050", td));
    }

    [Fact]
    public void Ecs0050_is_silent_when_a_container_name_or_the_list_is_unknown()
    {
        var app = Container(0, "app");
        app.DependsOn.Add(DependsOn(app, 0, "sidecar", "START"));
        var unnamed = Container(1, "x");
        unnamed.Name = Fact<string>.Unknown;
        Assert.Empty(Of("ECS0050", Facts(app, unnamed)));

        var partial = Facts(app);
        partial.Containers.IsComplete = false;
        Assert.Empty(Of("ECS0050", partial));

        var unknownTarget = Container(0, "app");
        unknownTarget.DependsOn.Add(DependsOn(unknownTarget, 0, Fact<string>.Unknown, "START"));
        Assert.Empty(Of("ECS0050", Facts(unknownTarget)));
    }

    // ECS0051

    [Theory]
    [InlineData(ContainerCondition.Complete, "COMPLETE")]
    [InlineData(ContainerCondition.Success, "SUCCESS")]
    public void Ecs0051_fires_when_waiting_for_an_essential_container_to_exit(ContainerCondition condition, string text)
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("migrate", c => c.Image("tool:1"))
            .Container("app", c => c.Image("nginx:1.27").DependsOn("migrate", condition)));

        var d = Assert.Single(Of("ECS0051", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[1].dependsOn[0].condition", d.Path);
        Assert.Contains("essential container 'migrate'", d.Message, StringComparison.Ordinal);
        Assert.Contains(text, d.Message, StringComparison.Ordinal);
        Assert.Contains("essential false", d.Message, StringComparison.Ordinal);
        // essential is absent: the other party is the container itself.
        Assert.Equal(["$.containerDefinitions[0]"], d.AdditionalPaths);
    }

    [Fact]
    public void Ecs0051_is_silent_for_a_non_essential_target_or_a_start_condition()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("migrate", c => c.Image("tool:1").Essential(false))
            .Container("proxy", c => c.Image("envoy:1"))
            .Container("app", c => c.Image("nginx:1.27").DependsOn("migrate", ContainerCondition.Success).DependsOn("proxy", ContainerCondition.Start)));

        Assert.Empty(Of("ECS0051", td));
    }

    [Fact]
    public void Ecs0051_is_silent_when_essential_is_unknown()
    {
        var migrate = Container(0, "migrate");
        migrate.Essential = Fact<bool>.Unknown;
        var app = Container(1, "app");
        app.DependsOn.Add(DependsOn(app, 0, "migrate", "SUCCESS"));
        Assert.Empty(Of("ECS0051", Facts(migrate, app)));

        var known = Container(0, "migrate");
        known.Essential = true;
        var d = Assert.Single(Of("ECS0051", Facts(known, app)));
        Assert.Equal(["$.containerDefinitions[0].essential"], d.AdditionalPaths);
    }

    // ECS0052

    [Fact]
    public void Ecs0052_fires_on_healthy_without_a_health_check()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("db", c => c.Image("postgres:17"))
            .Container("app", c => c.Image("nginx:1.27").DependsOn("db", ContainerCondition.Healthy)));

        var d = Assert.Single(Of("ECS0052", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[1].dependsOn[0].condition", d.Path);
        Assert.Contains("'db'", d.Message, StringComparison.Ordinal);
        Assert.Contains("HEALTHY", d.Message, StringComparison.Ordinal);
        Assert.Contains("no healthCheck", d.Message, StringComparison.Ordinal);
        Assert.Equal(["$.containerDefinitions[0]"], d.AdditionalPaths);
    }

    [Fact]
    public void Ecs0052_is_silent_when_the_target_has_a_health_check_or_the_condition_is_start()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("db", c => c.Image("postgres:17").HealthCheck("CMD-SHELL", "pg_isready"))
            .Container("cache", c => c.Image("redis:7"))
            .Container("app", c => c.Image("nginx:1.27").DependsOn("db", ContainerCondition.Healthy).DependsOn("cache")));

        Assert.Empty(Of("ECS0052", td));
    }

    [Fact]
    public void Ecs0052_is_silent_when_the_condition_or_the_target_is_unknown()
    {
        var db = Container(0, "db");
        var app = Container(1, "app");
        app.DependsOn.Add(DependsOn(app, 0, "db", Fact<string>.Unknown));
        app.DependsOn.Add(DependsOn(app, 1, Fact<string>.Unknown, "HEALTHY"));
        Assert.Empty(Of("ECS0052", Facts(db, app)));
    }

    // ECS0053

    [Fact]
    public void Ecs0053_reports_the_cycle_path_once()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("a", c => c.Image("x:1").DependsOn("b"))
            .Container("b", c => c.Image("x:1").DependsOn("c"))
            .Container("c", c => c.Image("x:1").DependsOn("a")));

        var d = Assert.Single(Of("ECS0053", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].dependsOn[0].containerName", d.Path);
        Assert.Contains("'a' -> 'b' -> 'c' -> 'a'", d.Message, StringComparison.Ordinal);
        Assert.Equal(["$.containerDefinitions[1].dependsOn[0].containerName", "$.containerDefinitions[2].dependsOn[0].containerName"], d.AdditionalPaths);
    }

    [Fact]
    public void Ecs0053_reports_each_cycle_and_a_self_dependency()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("a", c => c.Image("x:1").DependsOn("b"))
            .Container("b", c => c.Image("x:1").DependsOn("a").DependsOn("c"))
            .Container("c", c => c.Image("x:1").DependsOn("b"))
            .Container("d", c => c.Image("x:1").DependsOn("d")));

        var messages = Of("ECS0053", td).Select(d => d.Message).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.Contains("'a' -> 'b' -> 'a'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'b' -> 'c' -> 'b'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'d' depends on itself", StringComparison.Ordinal));
    }

    [Fact]
    public void Ecs0053_is_silent_for_a_chain_and_a_diamond()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("a", c => c.Image("x:1").DependsOn("b").DependsOn("c"))
            .Container("b", c => c.Image("x:1").DependsOn("d"))
            .Container("c", c => c.Image("x:1").DependsOn("d"))
            .Container("d", c => c.Image("x:1").Essential(false)));

        Assert.Empty(Of("ECS0053", td));
    }

    [Fact]
    public void Ecs0053_is_silent_when_an_edge_of_the_cycle_is_unknown()
    {
        var a = Container(0, "a");
        a.DependsOn.Add(DependsOn(a, 0, "b", "START"));
        var b = Container(1, "b");
        b.DependsOn.Add(DependsOn(b, 0, Fact<string>.Unknown, "START"));
        Assert.Empty(Of("ECS0053", Facts(a, b)));
    }

    // ECS0054

    [Fact]
    public void Ecs0054_fires_on_a_fargate_timeout_out_of_range()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("app", c => c.Image("nginx:1.27").StopTimeout(TimeSpan.FromSeconds(300)).StartTimeout(TimeSpan.FromSeconds(1))));

        var found = Of("ECS0054", td);
        Assert.Equal(2, found.Count);
        var stop = Assert.Single(found, d => d.Path == "$.containerDefinitions[0].stopTimeout");
        Assert.Equal(EcsSeverity.Error, stop.Severity);
        Assert.Contains("'app'", stop.Message, StringComparison.Ordinal);
        Assert.Contains("300", stop.Message, StringComparison.Ordinal);
        Assert.Contains("between 2 and 120", stop.Message, StringComparison.Ordinal);
        Assert.Single(found, d => d.Path == "$.containerDefinitions[0].startTimeout");
    }

    [Fact]
    public void Ecs0054_is_silent_at_the_bounds_and_on_ec2()
    {
        var fargate = Task(t => t.Fargate(256, 512)
            .Container("app", c => c.Image("nginx:1.27").StopTimeout(TimeSpan.FromSeconds(120)).StartTimeout(TimeSpan.FromSeconds(2))));
        Assert.Empty(Of("ECS0054", fargate));

        var ec2 = Task(t => t.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(256).StopTimeout(TimeSpan.FromSeconds(600))));
        Assert.Empty(Of("ECS0054", ec2));
    }

    [Fact]
    public void Ecs0054_is_silent_for_unknown_timeouts_or_compatibilities()
    {
        var app = Container(0, "app");
        app.StopTimeout = Fact<int>.Unknown;
        var task = Facts(app);
        task.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of("FARGATE") });
        Assert.Empty(Of("ECS0054", task));

        var known = Container(0, "app");
        known.StopTimeout = 600;
        var unknownCompat = Facts(known);
        unknownCompat.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Unknown });
        Assert.Empty(Of("ECS0054", unknownCompat));
    }
}
