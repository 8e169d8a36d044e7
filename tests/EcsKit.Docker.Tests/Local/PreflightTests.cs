using System.Net;
using System.Net.Sockets;
using Docker.DotNet.Models;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Tests.Local;

[Collection(DockerTests.Name)]
public sealed class PreflightTests(DockerFixture docker)
{
    private const string Busybox = DockerFixture.Busybox;

    [Fact]
    public async Task A_port_conflict_inside_an_awsvpc_task_is_refused_before_anything_starts()
    {
        await using var test = await LocalTestApp.CreateAsync("conflict");
        var web = test.App.TaskDefinition("web", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("proxy", c => c.Image(Busybox).Port(80))
            .Container("app", c => c.Image(Busybox).Port(80)));
        test.App.Cluster("c").Service("web", s => s.TaskDefinition(web).Subnets("subnet-local"));

        var error = await Assert.ThrowsAsync<LocalDockerException>(test.UpAsync);

        Assert.Contains("nothing was started", error.Message);
        Assert.Contains("ECS0004", error.Message);
        Assert.Contains("'proxy' and 'app' both use port 80/tcp", error.Message);
        Assert.Empty(await LabelledObjectsAsync(test.App.Name));
    }

    [Fact]
    public async Task Two_services_on_one_static_host_port_are_refused_with_ECS0011()
    {
        await using var test = await LocalTestApp.CreateAsync("ecs0011");
        var a = test.App.TaskDefinition("a", td => td.Ec2().Container("a", c => c.Image(Busybox).Memory(32).Port(80, hostPort: 18080)));
        var b = test.App.TaskDefinition("b", td => td.Ec2().Container("b", c => c.Image(Busybox).Memory(32).Port(81, hostPort: 18080)));
        test.App.Cluster("c").Service("a", s => s.TaskDefinition(a)).Service("b", s => s.TaskDefinition(b));

        var error = await Assert.ThrowsAsync<LocalDockerException>(test.UpAsync);

        Assert.Contains("ECS0011", error.Message);
        Assert.Empty(await LabelledObjectsAsync(test.App.Name));
    }

    [Fact]
    public async Task A_host_port_something_else_holds_is_refused_naming_container_and_port()
    {
        using var holder = new TcpListener(IPAddress.Any, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        await using var test = await LocalTestApp.CreateAsync("busyport");
        var web = test.App.TaskDefinition("web", td => td.Ec2().Container("httpd", c => c.Image(Busybox).Memory(32).Port(80, hostPort: port)));
        test.App.Cluster("c").Service("web", s => s.TaskDefinition(web));

        var error = await Assert.ThrowsAsync<LocalDockerException>(test.UpAsync);

        Assert.Contains($"port {port}/tcp of container 'httpd' (service 'web', task definition 'web') is already in use on this machine", error.Message);
        Assert.Empty(await LabelledObjectsAsync(test.App.Name));
    }

    [Fact]
    public async Task A_service_whose_task_definition_is_not_in_the_app_is_refused()
    {
        await using var test = await LocalTestApp.CreateAsync("foreign");
        test.App.Cluster("c").Service("web", s => s.TaskDefinition("arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7"));

        var error = await Assert.ThrowsAsync<LocalDockerException>(test.UpAsync);

        Assert.Contains("Service 'web' runs task definition 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7', which is not one of", error.Message);
        Assert.Empty(await LabelledObjectsAsync(test.App.Name));
    }

    private async Task<List<string>> LabelledObjectsAsync(string app)
    {
        var client = docker.Engine.Client;
        var containers = await client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = Labels.OfApp(app) });
        var networks = await client.Networks.ListNetworksAsync(new NetworksListParameters { Filters = Labels.OfApp(app) });
        var volumes = await client.Volumes.ListAsync(new VolumesListParameters { Filters = Labels.OfApp(app) });
        return [.. containers.Select(c => c.ID), .. networks.Select(n => n.ID), .. (volumes.Volumes ?? []).Select(v => v.Name)];
    }
}
