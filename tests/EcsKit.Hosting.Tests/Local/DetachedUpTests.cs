using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EcsKit.Hosting.TestApp;

namespace EcsKit.Hosting.Tests.Local;

/// <summary><c>up --detach</c> with its background agent, run as a real program; then <c>ps</c>, <c>logs</c>, <c>run</c> and <c>down</c> from other processes.</summary>
public sealed class DetachedUpTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Up_detach_serves_keeps_the_desired_count_lists_logs_runs_alongside_and_down_removes_everything()
    {
        await LocalEngine.EnsureImageAsync();
        var name = LocalEngine.UniqueName("detach");
        var app = TestApps.Web(name);
        try
        {
            var up = await TestAppProcess.RunAsync("web", name, ["up", "--detach", "--timeout", "60"]);
            Assert.True(up.ExitCode == 0, $"up --detach failed ({up.ExitCode}):\n{up.Output}\n{up.Error}");
            var port = Regex.Match(up.Output, @"0\.0\.0\.0:(\d+)->80/tcp");
            Assert.True(port.Success, $"No published port in:\n{up.Output}");
            Assert.Contains("is up in the background", up.Error, StringComparison.Ordinal);

            // The command has returned: the agent serves the application.
            Assert.Contains("EcsKit", await GetAsync(int.Parse(port.Groups[1].Value, CultureInfo.InvariantCulture)), StringComparison.Ordinal);

            var ps = await HostRun.Of(app, "ps");
            Assert.Equal(0, ps.ExitCode);
            Assert.Matches(@"(?m)^web\s+[0-9a-f]{8}\s+RUNNING\s+UNKNOWN\s+0\.0\.0\.0:\d+->80/tcp", ps.Output);
            Assert.Matches(@"(?m)^worker\s+[0-9a-f]{8}\s+RUNNING", ps.Output);

            var tasks = await TasksAsync(app);
            Assert.Equal(["service:web", "service:worker"], tasks.Select(t => t.Group).Order(StringComparer.Ordinal));
            var web = tasks.Single(t => t.Group == "service:web");
            Assert.Equal(port.Groups[1].Value, web.HostPort);

            await UntilAsync(async () => (await HostRun.Of(app, "logs", "worker")).Output.Contains("| worker-tick", StringComparison.Ordinal), "worker output in logs");
            var logs = await HostRun.Of(app, "logs", "worker");
            Assert.Matches(@"(?m)^worker/worker/[0-9a-f]{8} \| worker-tick$", logs.Output);

            var again = await HostRun.Of(app, "up", "--detach");
            Assert.Equal(0, again.ExitCode);
            Assert.Contains($"'{name}' is already up and unchanged", again.Error, StringComparison.Ordinal);

            // A one-off task joins the running application and leaves its services alone.
            var run = await HostRun.Of(app, "run", "job");
            Assert.Equal(3, run.ExitCode);
            Assert.Contains("| job-output", run.Output, StringComparison.Ordinal);

            // The agent's scheduler replaces a task whose container dies.
            var killed = Assert.Single(await LocalEngine.DockerAsync("ps", "-q", "--filter", $"label=com.ecskit.app={name}", "--filter", "label=com.ecskit.container=httpd"));
            await LocalEngine.DockerAsync("kill", killed);
            await UntilAsync(async () => (await TasksAsync(app)).Any(t => t.Group == "service:web" && t.Id != web.Id && t.Status == "RUNNING"), "a replacement web task");
            Assert.Equal(2, (await TasksAsync(app)).Count(t => t.Status == "RUNNING"));

            var down = await HostRun.Of(app, "down");
            Assert.Equal(0, down.ExitCode);
            Assert.Contains($"Stopped '{name}'", down.Error, StringComparison.Ordinal);
            Assert.Empty(await LocalEngine.ObjectsAsync(name));

            var second = await HostRun.Of(app, "down");
            Assert.Equal(0, second.ExitCode);
            Assert.Contains("Nothing to remove", second.Error, StringComparison.Ordinal);
        }
        finally
        {
            await LocalEngine.DownAsync(name);
        }
    }

    [Fact]
    public async Task Up_detach_of_a_changed_app_takes_it_over_and_the_old_agent_stops_its_tasks()
    {
        await LocalEngine.EnsureImageAsync();
        var name = LocalEngine.UniqueName("takeover");
        try
        {
            var first = await TestAppProcess.RunAsync("web", name, ["up", "--detach", "--timeout", "60"]);
            Assert.True(first.ExitCode == 0, $"up --detach failed ({first.ExitCode}):\n{first.Output}\n{first.Error}");
            var oldAgent = int.Parse(Regex.Match(first.Error, @"EcsKit agent process (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
            var before = await TasksAsync(TestApps.Web(name));

            var second = await TestAppProcess.RunAsync("web-v2", name, ["up", "--detach", "--timeout", "60"]);

            Assert.True(second.ExitCode == 0, $"the second up --detach failed ({second.ExitCode}):\n{second.Output}\n{second.Error}");
            Assert.Contains("runs other definitions", second.Error, StringComparison.Ordinal);
            await UntilAsync(() => Task.FromResult(!ProcessExists(oldAgent)), "the old agent to exit");
            var after = await TasksAsync(TestApps.Web(name, version: "2"));
            Assert.Equal(["service:web", "service:worker"], after.Select(t => t.Group).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(after, t => before.Any(b => b.Id == t.Id));
            Assert.EndsWith(":2", after.Single(t => t.Group == "service:web").TaskDefinitionArn, StringComparison.Ordinal);
            Assert.EndsWith(":1", after.Single(t => t.Group == "service:worker").TaskDefinitionArn, StringComparison.Ordinal);
            Assert.Contains("EcsKit", await GetAsync(int.Parse(after.Single(t => t.Group == "service:web").HostPort!, CultureInfo.InvariantCulture)), StringComparison.Ordinal);

            var down = await HostRun.Of(TestApps.Web(name, version: "2"), "down");
            Assert.Equal(0, down.ExitCode);
            Assert.Empty(await LocalEngine.ObjectsAsync(name));
        }
        finally
        {
            await LocalEngine.DownAsync(name);
        }
    }

    private static bool ProcessExists(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Down_after_the_agent_was_killed_removes_everything_it_left()
    {
        await LocalEngine.EnsureImageAsync();
        var name = LocalEngine.UniqueName("killed");
        var app = TestApps.Worker(name);
        try
        {
            var up = await TestAppProcess.RunAsync("worker", name, ["up", "-d", "--timeout", "60"]);
            Assert.True(up.ExitCode == 0, $"up -d failed ({up.ExitCode}):\n{up.Output}\n{up.Error}");
            var pid = int.Parse(Regex.Match(up.Error, @"EcsKit agent process (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

            using (var agent = Process.GetProcessById(pid))
            {
                agent.Kill();
                await agent.WaitForExitAsync();
            }
            Assert.NotEmpty(await LocalEngine.ObjectsAsync(name));

            var down = await HostRun.Of(app, "down");

            Assert.Equal(0, down.ExitCode);
            Assert.Contains("Removed from", down.Error, StringComparison.Ordinal);
            Assert.Empty(await LocalEngine.ObjectsAsync(name));
        }
        finally
        {
            await LocalEngine.DownAsync(name, "worker");
        }
    }

    [Fact]
    public async Task Up_detach_of_an_app_that_fails_its_checks_exits_1_with_the_rule_and_creates_nothing()
    {
        var name = LocalEngine.UniqueName("detachbad");
        try
        {
            var up = await TestAppProcess.RunAsync("conflict", name, ["up", "--detach"]);

            Assert.Equal(1, up.ExitCode);
            Assert.Contains("ECS0004", up.Error, StringComparison.Ordinal);
            Assert.Contains("nothing was started", up.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", up.Error, StringComparison.Ordinal);
            Assert.Empty(await LocalEngine.ObjectsAsync(name));
        }
        finally
        {
            await LocalEngine.DownAsync(name, "conflict");
        }
    }

    [Fact]
    public async Task Up_detach_of_a_service_that_is_not_stable_in_time_says_why_removes_everything_and_exits_1()
    {
        await LocalEngine.EnsureImageAsync();
        var name = LocalEngine.UniqueName("unstable");
        try
        {
            var up = await TestAppProcess.RunAsync("unhealthy", name, ["up", "--detach", "--timeout", "2"]);

            Assert.Equal(1, up.ExitCode);
            Assert.Contains("error: Service 'sick' is not stable after 2 s", up.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", up.Error, StringComparison.Ordinal);
            Assert.Matches(@"(?m)^sick/[0-9a-f]{8} RUNNING UNKNOWN$", up.Output);
            Assert.Empty(await LocalEngine.ObjectsAsync(name));
        }
        finally
        {
            await LocalEngine.DownAsync(name, "unhealthy");
        }
    }

    private sealed record TaskRow(string Id, string Group, string Status, string? HostPort, string TaskDefinitionArn);

    private static async Task<IReadOnlyList<TaskRow>> TasksAsync(EcsApp app)
    {
        var ps = await HostRun.Of(app, "ps", "--json");
        Assert.Equal(0, ps.ExitCode);
        using var json = JsonDocument.Parse(ps.Output);
        Assert.Equal(0, json.RootElement.GetProperty("failures").GetArrayLength());
        return json.RootElement.GetProperty("tasks").EnumerateArray().Select(t => new TaskRow(
            t.GetProperty("taskArn").GetString()!.Split('/')[^1],
            t.GetProperty("group").GetString()!,
            t.GetProperty("lastStatus").GetString()!,
            t.GetProperty("containers").EnumerateArray().SelectMany(c => c.GetProperty("networkBindings").EnumerateArray())
                .Select(b => b.GetProperty("hostPort").GetInt32().ToString(CultureInfo.InvariantCulture)).FirstOrDefault(),
            t.GetProperty("taskDefinitionArn").GetString()!)).ToList();
    }

    private static async Task<string> GetAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var url = new Uri($"http://127.0.0.1:{port}/");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await http.GetStringAsync(url);
            }
            catch (HttpRequestException) when (attempt < 20)
            {
                // httpd may need a moment after its container reports RUNNING.
                await Task.Delay(250);
            }
        }
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, $"No {what} after {Patience.TotalSeconds:0} s.");
            await Task.Delay(250);
        }
    }
}
