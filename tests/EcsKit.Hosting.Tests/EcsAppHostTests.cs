namespace EcsKit.Hosting.Tests;

public class EcsAppHostTests
{
    [Fact]
    public async Task Help_lists_the_verbs()
    {
        var run = await HostRun.Of(HostRun.SmallApp(), "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("synth", run.Output, StringComparison.Ordinal);
        Assert.Contains("demo", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_arguments_shows_help()
    {
        var run = await HostRun.Of(HostRun.SmallApp());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("synth", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_is_an_error_with_a_non_zero_exit_code()
    {
        var run = await HostRun.Of(HostRun.SmallApp(), "deploy-everything");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("deploy-everything", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_an_error_with_a_non_zero_exit_code()
    {
        var run = await HostRun.Of(HostRun.SmallApp(), "synth", "--colour", "blue");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
    }
}
