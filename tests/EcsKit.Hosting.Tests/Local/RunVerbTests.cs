using EcsKit.Hosting.TestApp;

namespace EcsKit.Hosting.Tests.Local;

/// <summary><c>run FAMILY</c>: a one-off task with its output, its stop reason and its essential container's exit code.</summary>
public sealed class RunVerbTests
{
    [Fact]
    public async Task Run_streams_the_output_and_exits_with_the_essential_containers_code_and_leaves_nothing()
    {
        await LocalEngine.EnsureImageAsync();
        var name = LocalEngine.UniqueName("run");
        try
        {
            var run = await HostRun.Of(TestApps.Web(name), "run", "job");

            Assert.Equal(3, run.ExitCode);
            Assert.Matches(@"(?m)^task/job/[0-9a-f]{8} \| job-output$", run.Output);
            Assert.Matches(@"(?m)^task/job/[0-9a-f]{8} ! job-error$", run.Output);
            Assert.Contains("EssentialContainerExited: Essential container in task exited; 'job' exit code 3.", run.Error, StringComparison.Ordinal);
            // The services of the application did not start for a one-off task.
            Assert.DoesNotContain("service web", run.Error, StringComparison.Ordinal);
            Assert.Empty(await LocalEngine.ObjectsAsync(name));
        }
        finally
        {
            await LocalEngine.DownAsync(name);
        }
    }

    [Fact]
    public async Task Run_of_a_family_the_app_does_not_have_names_the_ones_it_has()
    {
        var run = await HostRun.Of(TestApps.Web(LocalEngine.UniqueName("nofamily")), "run", "migrate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has no task definition 'migrate'; it has 'web', 'worker', 'job'.", run.Error, StringComparison.Ordinal);
    }
}
