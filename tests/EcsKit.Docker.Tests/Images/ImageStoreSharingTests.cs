using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;
using EcsKit.Docker.Images;

namespace EcsKit.Docker.Tests.Images;

/// <summary>The image store's caching and sharing, against <see cref="FakeImages"/>, which counts the engine calls.</summary>
public sealed class ImageStoreSharingTests
{
    [Fact]
    public async Task Concurrent_requests_for_one_image_share_one_pull_and_its_progress()
    {
        var (images, fake) = FakeImages.Create();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fake.Pull = async (parameters, progress) =>
        {
            await release.Task;
            progress.Report(new JSONMessage { ID = "layer1", Status = "Downloading", Progress = new JSONProgress { Current = 1, Total = 2 } });
            fake.Present[parameters.FromImage!] = "sha256:pulled";
        };
        using var store = new ImageStore(images);
        var lines = Enumerable.Range(0, 3).Select(_ => new Lines()).ToArray();

        var requests = lines.Select(receiver => store.EnsureAsync("app", receiver, CancellationToken.None)).ToArray();
        release.SetResult();
        var ids = await Task.WhenAll(requests);

        Assert.All(ids, id => Assert.Equal("sha256:pulled", id));
        Assert.Equal(1, fake.Pulls);
        Assert.All(lines, receiver => Assert.Equal(["layer1: Downloading 1/2"], receiver.All));
    }

    [Fact]
    public async Task A_found_image_is_not_looked_up_again()
    {
        var (images, fake) = FakeImages.Create();
        fake.Present["app:1"] = "sha256:local";
        using var store = new ImageStore(images);

        Assert.Equal("sha256:local", await store.EnsureAsync("app:1", null, CancellationToken.None));
        Assert.Equal("sha256:local", await store.EnsureAsync("app:1", null, CancellationToken.None));

        Assert.Equal(1, fake.Inspections);
        Assert.Equal(0, fake.Pulls);
    }

    [Fact]
    public async Task A_failed_pull_is_tried_again_by_the_next_request()
    {
        var (images, fake) = FakeImages.Create();
        fake.Pull = (_, _) => throw new DockerApiException(HttpStatusCode.InternalServerError, "{\"message\":\"registry unreachable\"}");
        using var store = new ImageStore(images);

        var first = await Assert.ThrowsAsync<ImagePullException>(() => store.EnsureAsync("app:1", null, CancellationToken.None));
        await Assert.ThrowsAsync<ImagePullException>(() => store.EnsureAsync("app:1", null, CancellationToken.None));

        Assert.Equal("CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref app:1: registry unreachable", first.Message);
        Assert.Equal(2, fake.Pulls);
    }

    [Fact]
    public async Task An_error_inside_the_pull_stream_fails_the_pull()
    {
        var (images, fake) = FakeImages.Create();
        fake.Pull = (_, progress) =>
        {
            // What the engine does when the registry answers but the image is not there: HTTP 200, then an error message.
            progress.Report(new JSONMessage { Status = "Pulling from team/app" });
            progress.Report(new JSONMessage { Error = new JSONError { Message = "manifest for team/app:1 not found: manifest unknown" } });
            return Task.CompletedTask;
        };
        using var store = new ImageStore(images);
        var lines = new Lines();

        var error = await Assert.ThrowsAsync<ImagePullException>(() => store.EnsureAsync("team/app:1", lines, CancellationToken.None));

        Assert.Equal("CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref team/app:1: manifest for team/app:1 not found: manifest unknown", error.Message);
        Assert.Equal(["Pulling from team/app"], lines.All);
    }

    [Fact]
    public async Task An_image_without_a_tag_is_pulled_as_latest()
    {
        var (images, fake) = FakeImages.Create();
        string? pulled = null;
        fake.Pull = (parameters, _) =>
        {
            pulled = parameters.FromImage;
            fake.Present[parameters.FromImage!] = "sha256:latest";
            return Task.CompletedTask;
        };
        using var store = new ImageStore(images);

        Assert.Equal("sha256:latest", await store.EnsureAsync("team/app", null, CancellationToken.None));
        Assert.Equal("team/app:latest", pulled);
    }

    [Fact]
    public async Task A_caller_that_stops_waiting_leaves_the_pull_to_the_others()
    {
        var (images, fake) = FakeImages.Create();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fake.Pull = async (parameters, _) =>
        {
            await release.Task;
            fake.Present[parameters.FromImage!] = "sha256:pulled";
        };
        using var store = new ImageStore(images);
        using var impatient = new CancellationTokenSource();

        var cancelled = store.EnsureAsync("app:1", null, impatient.Token);
        var patient = store.EnsureAsync("app:1", null, CancellationToken.None);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        release.SetResult();

        Assert.Equal("sha256:pulled", await patient);
        Assert.Equal(1, fake.Pulls);
    }

    [Theory]
    [InlineData("busybox", "busybox:latest")]
    [InlineData("busybox:1.36", "busybox:1.36")]
    [InlineData("localhost:5000/team/app", "localhost:5000/team/app:latest")]
    [InlineData("localhost:5000/team/app:2", "localhost:5000/team/app:2")]
    [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:latest")]
    [InlineData("app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Image_names_get_the_tag_the_docker_CLI_would_add(string image, string expected) =>
        Assert.Equal(expected, ImageReference.WithDefaultTag(image));
}
