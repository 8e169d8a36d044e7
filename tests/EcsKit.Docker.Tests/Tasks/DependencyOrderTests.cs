using EcsKit.Docker.Tasks;

namespace EcsKit.Docker.Tests.Tasks;

public sealed class DependencyOrderTests
{
    private static TaskDefinition Task(params ContainerDefinition[] containers) => new() { Family = "app", ContainerDefinitions = containers };

    private static ContainerDefinition Container(string name, params string[] dependsOn) => new()
    {
        Name = name,
        Image = "busybox",
        DependsOn = dependsOn.Select(d => new ContainerDependency { ContainerName = d, Condition = ContainerCondition.Start }).ToList(),
    };

    [Fact]
    public void Dependencies_come_first_and_declaration_order_breaks_ties()
    {
        var order = DependencyOrder.Sort(Task(Container("app", "db", "cache"), Container("db"), Container("cache"), Container("log")));

        Assert.Equal(["db", "cache", "app", "log"], order.Select(c => c.Name));
    }

    [Fact]
    public void Links_and_volumesFrom_order_containers_too()
    {
        var web = Container("web") with { Links = ["db:database"], VolumesFrom = [new VolumeFrom { SourceContainer = "data" }] };

        var order = DependencyOrder.Sort(Task(web, Container("db"), Container("data")));

        Assert.Equal(["data", "db", "web"], order.Select(c => c.Name));
    }

    [Fact]
    public void A_cycle_is_an_error_naming_its_containers()
    {
        var error = Assert.Throws<LocalDockerException>(() => DependencyOrder.Sort(Task(Container("a", "b"), Container("b", "c"), Container("c", "a"))));

        Assert.Contains("'a' -> 'b' -> 'c' -> 'a'", error.Message);
        Assert.Contains("ECS0053", error.Message);
    }

    [Fact]
    public void A_dependency_on_no_container_names_the_ones_there_are()
    {
        var error = Assert.Throws<LocalDockerException>(() => DependencyOrder.Sort(Task(Container("app", "sidecar"), Container("db"))));

        Assert.Equal("Task definition 'app', container 'app': depends on 'sidecar', which is not a container of this task; name one of 'app', 'db'.", error.Message);
    }
}
