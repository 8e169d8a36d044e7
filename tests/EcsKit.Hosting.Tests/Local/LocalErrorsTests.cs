using EcsKit.Hosting.TestApp;

namespace EcsKit.Hosting.Tests.Local;

/// <summary>What the local verbs say when they cannot act: one clear message, exit code 1, no stack trace.</summary>
public sealed class LocalErrorsTests
{
    [Theory]
    [InlineData("up")]
    [InlineData("up", "--detach")]
    [InlineData("ps")]
    [InlineData("down")]
    [InlineData("logs", "-f")]
    [InlineData("run", "job")]
    public async Task Without_an_engine_a_verb_exits_1_naming_the_address(params string[] verb)
    {
        // A separate process: DOCKER_HOST must change for that run only, not for the tests running beside it.
        var run = await TestAppProcess.RunAsync("web", LocalEngine.UniqueName("noengine"), verb, new Dictionary<string, string> { ["DOCKER_HOST"] = "unix:///tmp/none.sock" });

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: no Docker engine at unix:///tmp/none.sock: start one, or set DOCKER_HOST", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("up")]
    [InlineData("down")]
    [InlineData("ps")]
    [InlineData("logs")]
    [InlineData("run", "job")]
    public async Task The_aws_target_is_refused_by_every_local_verb_naming_the_verb_for_aws(params string[] verb)
    {
        var run = await HostRun.Of(TestApps.Web("targets"), [.. verb, "--target", "aws"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"`{verb[0]}` runs on local Docker", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_target_is_refused_naming_the_targets()
    {
        var run = await HostRun.Of(TestApps.Web("targets"), "ps", "--target", "gcp");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown target 'gcp': use 'local' (the Docker engine of this machine) or 'aws' (ECS).", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_target_local_is_accepted()
    {
        var run = await HostRun.Of(TestApps.Web(LocalEngine.UniqueName("local")), "ps", "--target", "local", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"tasks\": []", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agent_verb_is_not_listed_in_help()
    {
        var run = await HostRun.Of(TestApps.Web("help"), "--help");

        Assert.Contains("up", run.Output, StringComparison.Ordinal);
        Assert.Contains("run <family>", run.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+agent\b", run.Output);
        Assert.Matches(@"(?m)^\s+up\b", run.Output);
    }
}
