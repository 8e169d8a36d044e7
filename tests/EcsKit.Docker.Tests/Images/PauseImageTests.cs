using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Docker.DotNet;
using Docker.DotNet.Models;
using EcsKit.Docker.Engine;
using EcsKit.Docker.Images;

namespace EcsKit.Docker.Tests.Images;

[Collection(DockerTests.Name)]
public sealed class PauseImageTests(DockerFixture docker) : IAsyncLifetime
{
    /// <summary>Imports go here, not into ecskit/pause, so that deleting the image first does not disturb anything else.</summary>
    private const string TestRepository = "ecskit-tests-images/pause";

    private IDockerClient Client => docker.Engine.Client;

    public Task InitializeAsync() => TestContainers.RemoveAllAsync(Client);

    public Task DisposeAsync() => TestContainers.RemoveAllAsync(Client);

    [Fact]
    public async Task Imports_the_pause_program_as_an_image_labelled_for_cleanup()
    {
        await RemoveTestImagesAsync();
        try
        {
            var reference = await PauseImage.EnsureAsync(Client, TestRepository, CancellationToken.None);

            var image = await Client.Images.InspectImageAsync(reference);
            Assert.Matches($"^{TestRepository}:[0-9a-f]{{12}}$", reference);
            Assert.Equal(Labels.Roles.Pause, image.Config!.Labels![Labels.Role]);
            Assert.Equal(["/pause"], image.Config.Cmd);
            Assert.InRange(image.Size, 200, 400); // the program and nothing else

            // Present now: the same reference, and no second import.
            Assert.Equal(reference, await PauseImage.EnsureAsync(Client, TestRepository, CancellationToken.None));
            Assert.Equal(image.ID, (await Client.Images.InspectImageAsync(reference)).ID);
        }
        finally
        {
            await RemoveTestImagesAsync();
        }
    }

    [Fact]
    public async Task Concurrent_callers_get_one_image()
    {
        await RemoveTestImagesAsync();
        try
        {
            var references = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PauseImage.EnsureAsync(Client, TestRepository, CancellationToken.None)));

            Assert.Single(references.Distinct());
            var labelled = await Client.Images.ListImagesAsync(new ImagesListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>> { ["reference"] = new Dictionary<string, bool> { [TestRepository] = true } },
            });
            Assert.Single(labelled);
        }
        finally
        {
            await RemoveTestImagesAsync();
        }
    }

    [Fact]
    public async Task The_image_is_named_after_the_program_of_the_engine_architecture()
    {
        var reference = await PauseImage.EnsureAsync(Client, CancellationToken.None);

        var architecture = (await Client.System.GetSystemInfoAsync()).Architecture == "aarch64" ? Architecture.Arm64 : Architecture.X64;
        Assert.Equal($"{PauseImage.Repository}:{PauseImage.TagFor(PauseProgram.For(architecture))}", reference);
    }

    [Fact]
    public async Task Docker_stop_ends_the_pause_container_at_once_with_exit_code_0()
    {
        var id = await TestContainers.StartAsync(Client, await PauseImage.EnsureAsync(Client, CancellationToken.None));
        await WaitForSignalHandlersAsync(id);

        var stopwatch = Stopwatch.StartNew();
        await Client.Containers.StopContainerAsync(id, new ContainerStopParameters { WaitBeforeKillSeconds = 10 });
        stopwatch.Stop();

        var state = (await Client.Containers.InspectContainerAsync(id)).State!;
        Assert.Equal(0, state.ExitCode);
        Assert.False(state.OOMKilled);
        // SIGKILL would come after 10 s; exiting on SIGTERM takes a fraction of a second.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"docker stop took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task SIGINT_ends_the_pause_container_with_exit_code_0()
    {
        var id = await TestContainers.StartAsync(Client, await PauseImage.EnsureAsync(Client, CancellationToken.None));
        await WaitForSignalHandlersAsync(id);

        await Client.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = "SIGINT" });

        Assert.Equal(0, await TestContainers.WaitForExitAsync(Client, id, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Containers_joined_to_the_pause_container_share_its_localhost()
    {
        var pause = await TestContainers.StartAsync(Client, await PauseImage.EnsureAsync(Client, CancellationToken.None));
        var joined = $"container:{pause}";

        await TestContainers.StartAsync(Client, DockerFixture.Busybox, ["httpd", "-f", "-p", "8080", "-h", "/www"], joined);
        // The server may need a moment to listen: try for up to 10 s.
        var client = await TestContainers.StartAsync(Client, DockerFixture.Busybox,
            ["sh", "-c", "for i in $(seq 100); do wget -qO- http://127.0.0.1:8080/ | grep -q EcsKit && exit 0; sleep 0.1; done; exit 1"], joined);

        Assert.Equal(0, await TestContainers.WaitForExitAsync(Client, client, TimeSpan.FromSeconds(60)));
        Assert.True((await Client.Containers.InspectContainerAsync(pause)).State!.Running);
    }

    /// <summary>
    /// Waits until the pause process has installed its handlers, read from the host's /proc (the engine is local),
    /// so a signal sent right after the start cannot arrive before them, and checks that it catches exactly SIGINT
    /// and SIGTERM.
    /// </summary>
    private async Task WaitForSignalHandlersAsync(string id)
    {
        const ulong Caught = (1UL << (2 - 1)) | (1UL << (15 - 1)); // SigCgt bits for SIGINT (2) and SIGTERM (15)
        var pid = (await Client.Containers.InspectContainerAsync(id)).State!.Pid;
        var status = $"/proc/{pid}/status";
        var line = "";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            line = File.Exists(status) ? (await File.ReadAllLinesAsync(status)).FirstOrDefault(l => l.StartsWith("SigCgt:", StringComparison.Ordinal)) ?? "" : "";
            if (line.Length > 0 && ulong.Parse(line["SigCgt:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) == Caught)
            {
                return;
            }
            await Task.Delay(50);
        }
        Assert.Fail($"the pause process {pid} does not catch exactly SIGINT and SIGTERM: {status} says '{line}'");
    }

    private async Task RemoveTestImagesAsync()
    {
        var images = await Client.Images.ListImagesAsync(new ImagesListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["reference"] = new Dictionary<string, bool> { [TestRepository] = true } },
        });
        foreach (var image in images)
        {
            try
            {
                await Client.Images.DeleteImageAsync(image.ID, new ImageDeleteParameters { Force = true });
            }
            catch (DockerImageNotFoundException)
            {
                // Gone already.
            }
        }
    }
}
