using System.Diagnostics;

namespace EcsKit.Docker.Tests.Local;

/// <summary>
/// The engine going away mid-run is survived and reported: the event stream reconnects, the tasks whose containers
/// died with the engine stop, and the service starts replacements. The test stops and restarts dockerd itself, so it
/// runs where the test script started the engine (ECSKIT_TEST_RESTARTS_ENGINE=1); under CI that is required. The
/// script runs it on its own, after everything else, since every test using the engine would feel the restart.
/// </summary>
[Collection(DockerTests.Name)]
public sealed class EngineRestartTests
{
    [Fact]
    [Trait("Engine", "Restart")]
    public async Task A_service_survives_an_engine_restart_and_says_so()
    {
        if (Environment.GetEnvironmentVariable("ECSKIT_TEST_RESTARTS_ENGINE") != "1")
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "Under CI, scripts/test.sh starts the engine and lets this test restart it (ECSKIT_TEST_RESTARTS_ENGINE=1).");
            return;
        }
        await using var test = await LocalTestApp.CreateAsync("engine");
        var web = test.App.TaskDefinition("web", td => td
            .Ec2()
            .Container("httpd", c => c.Image(DockerFixture.Busybox).Memory(32).InitProcessEnabled().StopTimeout(TimeSpan.FromSeconds(2))
                .Command("httpd", "-f", "-p", "80", "-h", "/www").Port(80)));
        test.App.Cluster("c").Service("web", s => s.TaskDefinition(web).DesiredCount(1));
        await using var local = await test.UpAsync();
        await local.WaitStableAsync(TimeSpan.FromSeconds(60));
        var before = local.Services[0].Tasks.Single().TaskId;

        Trace("restarting");
        await RestartEngineAsync();
        Trace("restarted");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !(local.Services[0].Tasks.Any(t => t.TaskId != before && t.LastStatus == LocalStatus.Running)))
        {
            await Task.Delay(200);
        }
        Trace("replaced: " + string.Join(",", local.Services[0].Tasks.Select(t => t.TaskId[..6] + t.LastStatus)));
        Assert.Contains(test.Info, line => line.StartsWith("Lost the Docker engine's event stream", StringComparison.Ordinal));
        Assert.Contains(test.Info, line => line.StartsWith("The Docker engine answers again", StringComparison.Ordinal));
        await local.WaitStableAsync(TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(local.Services[0].Tasks, t => t.TaskId == before);
    }

    private static void Trace(string text)
    {
        if (Environment.GetEnvironmentVariable("ECSKIT_TEST_TRACE") is { Length: > 0 } trace)
        {
            File.AppendAllText(trace, $"{DateTime.UtcNow:HH:mm:ss.fff} TEST {text}\n");
        }
    }

    private static async Task RestartEngineAsync()
    {
        var pid = int.Parse(await File.ReadAllTextAsync("/var/run/docker.pid"), System.Globalization.CultureInfo.InvariantCulture);
        using (var engine = Process.GetProcessById(pid))
        {
            using var kill = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            await engine.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        Trace("old engine exited");
        var log = Environment.GetEnvironmentVariable("ECSKIT_DOCKERD_LOG") ?? "/tmp/ecskit-dockerd.log";
        using var start = Process.Start(new ProcessStartInfo("bash", ["-c", $"setsid dockerd >>{log} 2>&1 < /dev/null &"]) { UseShellExecute = false })!;
        await start.WaitForExitAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var info = Process.Start(new ProcessStartInfo("docker", ["info"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            await info.WaitForExitAsync();
            if (info.ExitCode == 0)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "dockerd did not come back within 60 s");
            await Task.Delay(250);
        }
    }
}
