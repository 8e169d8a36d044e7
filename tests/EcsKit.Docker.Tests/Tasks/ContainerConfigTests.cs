using EcsKit.Docker.Tasks;

namespace EcsKit.Docker.Tests.Tasks;

public sealed class ContainerConfigTests
{
    private static ContainerLaunch Launch(string networkMode, IReadOnlyList<string> aliases, IReadOnlyList<string> links) => new()
    {
        Task = new TaskDefinition { Family = "app", ContainerDefinitions = [] },
        Container = new ContainerDefinition { Name = "web", Image = "busybox" },
        DockerName = "app-web-1",
        Labels = new Dictionary<string, string>(),
        Environment = [],
        NetworkMode = networkMode,
        Aliases = aliases,
        Links = links,
    };

    [Fact]
    public void Aliases_and_links_go_to_the_endpoint_of_the_user_defined_network()
    {
        var parameters = ContainerConfig.Create(Launch("ecskit-app", ["web"], ["app-db-1:database"]));

        var endpoint = Assert.Single(parameters.NetworkingConfig!.EndpointsConfig!);
        Assert.Equal("ecskit-app", endpoint.Key);
        Assert.Equal(["web"], endpoint.Value.Aliases);
        Assert.Equal(["app-db-1:database"], endpoint.Value.Links);
    }

    [Fact]
    public void A_container_joined_to_a_pause_container_has_no_endpoint_of_its_own()
    {
        var parameters = ContainerConfig.Create(Launch("container:0123", ["web"], []));

        Assert.Null(parameters.NetworkingConfig);
        Assert.Equal("container:0123", parameters.HostConfig!.NetworkMode);
        Assert.Null(parameters.Hostname);
    }

    [Fact]
    public void Health_check_members_left_out_get_the_ECS_defaults()
    {
        var check = ContainerConfig.HealthCheck(new HealthCheck { Command = ["CMD-SHELL", "true"] })!;

        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), 3L, TimeSpan.Zero), (check.Interval, check.Timeout, check.Retries, check.StartPeriod));
    }
}
