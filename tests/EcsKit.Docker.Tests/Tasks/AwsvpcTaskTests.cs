namespace EcsKit.Docker.Tests.Tasks;

[Collection(DockerTests.Name)]
public sealed class AwsvpcTaskTests
{
    [Fact]
    public async Task Containers_of_an_awsvpc_task_reach_each_other_on_localhost()
    {
        await using var test = await LocalTestApp.CreateAsync("awsvpc");
        test.App.TaskDefinition("pair", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("web", c => c.Image(DockerFixture.Busybox).Essential(false).InitProcessEnabled().Command("httpd", "-f", "-p", "8080", "-h", "/www").Port(8080))
            .Container("client", c => c.Image(DockerFixture.Busybox)
                .Command("sh", "-c", "for i in $(seq 50); do wget -qO- http://127.0.0.1:8080/ | grep -q EcsKit && exit 0; sleep 0.1; done; exit 7")));
        await using var local = await test.UpAsync();

        var task = await local.RunTaskAsync("pair");

        Assert.Equal(LocalStatus.Stopped, task.LastStatus);
        Assert.Equal(LocalStatus.EssentialContainerExited, task.StopCode);
        Assert.Equal(0, task.Container("client").ExitCode);
        Assert.Equal("awsvpc", task.NetworkMode);
        Assert.Equal("FARGATE", task.LaunchType);
    }
}
