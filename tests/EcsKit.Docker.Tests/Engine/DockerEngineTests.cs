using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Tests.Engine;

[Collection(DockerTests.Name)]
public sealed class DockerEngineTests(DockerFixture docker)
{
    [Fact]
    public async Task Connects_to_the_running_engine()
    {
        var version = await docker.Engine.Client.System.GetVersionAsync();
        Assert.False(string.IsNullOrEmpty(version.APIVersion));
    }

    [Fact]
    public async Task No_engine_gives_one_clear_line_naming_the_address()
    {
        var socket = $"unix:///tmp/ecskit-no-engine-{Guid.NewGuid():N}.sock";
        var error = await Assert.ThrowsAsync<LocalDockerException>(() => DockerEngine.ConnectAsync(new Uri(socket), CancellationToken.None));
        Assert.StartsWith($"no Docker engine at {socket}: start one, or set DOCKER_HOST", error.Message);
    }
}
