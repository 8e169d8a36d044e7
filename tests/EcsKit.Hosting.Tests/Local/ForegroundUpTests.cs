using System.Globalization;
using System.Text.RegularExpressions;
using EcsKit.Hosting.TestApp;

namespace EcsKit.Hosting.Tests.Local;

/// <summary><c>up</c> in the foreground, in-process with plain output (as when piped): task lines, then output; cancelling stops everything.</summary>
public sealed class ForegroundUpTests
{
    [Fact]
    public async Task Up_prints_a_line_per_task_change_then_the_output_and_Ctrl_C_removes_everything_with_exit_code_0()
    {
        await LocalEngine.EnsureImageAsync();
        var name = LocalEngine.UniqueName("fg");
        try
        {
            using var up = HostRun.Start(TestApps.Web(name), "up", "--timeout", "60");

            await up.UntilAsync(r => r.Error.Contains("is up", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "up");
            var web = Regex.Match(up.Output, @"(?m)^web/[0-9a-f]{8} RUNNING UNKNOWN 0\.0\.0\.0:(\d+)->80/tcp$");
            Assert.True(web.Success, $"No RUNNING line for web in:\n{up.Output}");
            Assert.Matches(@"(?m)^worker/[0-9a-f]{8} RUNNING UNKNOWN$", up.Output);
            Assert.Matches(@"(?m)^web/[0-9a-f]{8} PENDING ", up.Output);
            using (var http = new HttpClient())
            {
                Assert.Contains("EcsKit", await http.GetStringAsync(new Uri($"http://127.0.0.1:{int.Parse(web.Groups[1].Value, CultureInfo.InvariantCulture)}/")), StringComparison.Ordinal);
            }
            await up.UntilAsync(r => Regex.IsMatch(r.Output, @"(?m)^worker/worker/[0-9a-f]{8} \| worker-tick$"), TimeSpan.FromSeconds(10), "worker output");
            Assert.NotEmpty(await LocalEngine.ObjectsAsync(name));

            var exit = await up.StopAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(0, exit);
            Assert.Contains($"Stopping '{name}'", up.Error, StringComparison.Ordinal);
            Assert.Matches(@"(?m)^web/[0-9a-f]{8} STOPPED UNKNOWN .*ServiceSchedulerInitiated", up.Output);
            Assert.Empty(await LocalEngine.ObjectsAsync(name));
        }
        finally
        {
            await LocalEngine.DownAsync(name);
        }
    }

    [Fact]
    public async Task Up_of_an_app_with_a_port_conflict_in_an_awsvpc_task_exits_1_with_ECS0004_and_creates_nothing()
    {
        var name = LocalEngine.UniqueName("conflict");
        try
        {
            var run = await HostRun.Of(TestApps.Conflict(name), "up");

            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith($"error: '{name}' cannot start on local Docker; nothing was started:", run.Error, StringComparison.Ordinal);
            Assert.Contains("ECS0004 taskDefinitions['web'].containerDefinitions[1].portMappings[0]", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.Empty(await LocalEngine.ObjectsAsync(name));
        }
        finally
        {
            await LocalEngine.DownAsync(name, "conflict");
        }
    }
}
