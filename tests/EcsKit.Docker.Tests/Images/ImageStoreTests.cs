using EcsKit.Docker.Images;

namespace EcsKit.Docker.Tests.Images;

/// <summary>The image store against the real engine, which has ecskit/busybox:local and no registry.</summary>
[Collection(DockerTests.Name)]
public sealed class ImageStoreTests(DockerFixture docker)
{
    [Fact]
    public async Task Returns_the_id_of_a_local_image_without_pulling()
    {
        using var store = new ImageStore(docker.Engine.Client);
        var lines = new Lines();

        var id = await store.EnsureAsync(DockerFixture.Busybox, lines, CancellationToken.None);

        Assert.Equal((await docker.Engine.Client.Images.InspectImageAsync(DockerFixture.Busybox)).ID, id);
        Assert.StartsWith("sha256:", id, StringComparison.Ordinal);
        Assert.Empty(lines.All);
    }

    [Fact]
    public async Task A_missing_image_fails_with_the_ECS_pull_error_naming_the_image()
    {
        using var store = new ImageStore(docker.Engine.Client);

        var error = await Assert.ThrowsAsync<ImagePullException>(() => store.EnsureAsync("ecskit-missing/none:1", null, CancellationToken.None));

        const string Expected = "CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref ecskit-missing/none:1: ";
        Assert.StartsWith(Expected, error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length > Expected.Length, "the engine's reason is missing");
        Assert.DoesNotContain("Docker API responded", error.Message, StringComparison.Ordinal);
        Assert.Equal("ecskit-missing/none:1", error.Image);
    }
}
